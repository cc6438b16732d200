package web

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"podium/model"
)

// p99 is the 99th percentile of ds.
func p99(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[(len(ds)*99+99)/100-1]
}

// 200 phones post at once on loopback. "distinct": as 200 addresses (the
// per-address share is lifted, every question goes through the writer);
// "one-address": all from 127.0.0.1, 3 taken, the rest refused with 429.
func BenchmarkAskPosters(b *testing.B) {
	for _, c := range []struct {
		name  string
		limit int
	}{{"distinct", 1 << 30}, {"one-address", 3}} {
		b.Run(c.name, func(b *testing.B) {
			f := serve(b)
			f.srv.rate = newRateLimit(c.limit, 10*time.Minute)
			const phones = 200
			tr := &http.Transport{MaxIdleConnsPerHost: phones, MaxConnsPerHost: phones}
			defer tr.CloseIdleConnections()
			forms := make([]url.Values, phones)
			clients := make([]*http.Client, phones)
			for i := range forms {
				clients[i] = client(b)
				clients[i].Transport = tr
				forms[i] = f.askForm(b, clients[i])
				forms[i].Set("text", "Câu hỏi từ hội trường về đường giao thông nông thôn")
			}
			var all []time.Duration
			codes := map[int]int{}
			var mu sync.Mutex
			b.ResetTimer()
			for range b.N {
				var wg sync.WaitGroup
				for i := range phones {
					wg.Go(func() {
						start := time.Now()
						resp, err := clients[i].PostForm(f.base+"/ask", forms[i])
						if err != nil {
							b.Error(err)
							return
						}
						_, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						d := time.Since(start)
						mu.Lock()
						all = append(all, d)
						codes[resp.StatusCode]++
						mu.Unlock()
					})
				}
				wg.Wait()
			}
			b.StopTimer()
			for code := range codes {
				if code != 200 && code != http.StatusTooManyRequests {
					b.Errorf("status %d: %d times", code, codes[code])
				}
			}
			b.ReportMetric(float64(p99(all).Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(codes[200])/float64(b.N), "taken/op")
			b.ReportMetric(float64(codes[http.StatusTooManyRequests])/float64(b.N), "429/op")
		})
	}
}

// 50 projector pages follow the meeting: from a commit to every page's
// event, p99 over pages and commits.
func BenchmarkDisplayFanout(b *testing.B) {
	f := serve(b)
	f.do(b, model.CallNext{})
	const pages = 50
	type page struct{ got chan time.Time }
	ps := make([]page, pages)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tr := &http.Transport{MaxIdleConnsPerHost: pages, MaxConnsPerHost: pages}
	defer tr.CloseIdleConnections()
	for i := range ps {
		ps[i].got = make(chan time.Time, 16)
		req, _ := http.NewRequestWithContext(ctx, "GET", f.base+"/display/events?code="+f.codes.Display, nil)
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			b.Fatal(err)
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		go func(ch chan time.Time) {
			for sc.Scan() {
				if strings.HasPrefix(sc.Text(), "data: ") {
					ch <- time.Now()
				}
			}
		}(ps[i].got)
		<-ps[i].got // the state on connecting
	}
	var all []time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		f.do(b, model.ToggleClock{})
		for i := range ps {
			select {
			case at := <-ps[i].got:
				all = append(all, at.Sub(start))
			case <-time.After(5 * time.Second):
				b.Fatalf("page %d got no event", i)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(p99(all).Microseconds())/1000, "p99-ms")
}
