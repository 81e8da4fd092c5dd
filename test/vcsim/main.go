// The vCenter simulator for the test suite: govmomi's simulator library (Debian's golang-github-vmware-govmomi-dev
// ships it, not the vcsim command) serving a VPX model (or, with -esx, a standalone ESXi host's: ha-eventmgr,
// ha-property-collector, no vCenter) on a free loopback port, over plain HTTP or, with -tls, over HTTPS with the
// library's self-signed certificate (Go's test certificate for 127.0.0.1, ::1 and example.com), whose PEM -cert
// writes to a file. It prints one line, the SDK URL, and runs until SIGTERM or SIGINT. Built and started by
// test/vcsim/vcsim.js.
package main

import (
	"bytes"
	"crypto/tls"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"sync"
	"syscall"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	esx := flag.Bool("esx", false, "simulate a standalone ESXi host instead of a vCenter")
	withTLS := flag.Bool("tls", false, "serve HTTPS with a self-signed certificate")
	certFile := flag.String("cert", "", "with -tls: write the server's certificate (PEM) to this file")
	flag.Parse()
	var model *simulator.Model
	if *esx {
		model = simulator.ESX()
	} else {
		model = simulator.VPX()
		// A standalone host and a cluster of two, two VMs per host and pool: enough inventory for every test operation.
		model.Host = 1
		model.ClusterHost = 2
		model.Machine = 2
	}
	defer model.Remove()
	if err := model.Create(); err != nil {
		fmt.Fprintln(os.Stderr, "vcsim:", err)
		os.Exit(1)
	}
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0"}
	if *withTLS {
		model.Service.TLS = new(tls.Config)
	}
	server := model.Service.NewServer()
	defer server.Close()
	if *withTLS && *certFile != "" {
		block := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: server.Certificate().Raw})
		if err := os.WriteFile(*certFile, block, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "vcsim:", err)
			os.Exit(1)
		}
	}
	// Set before the URL is printed, so before any request can arrive.
	server.Config.Handler = &lockOrder{next: server.Config.Handler}
	fmt.Println(server.URL.String())
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
}
// lockOrder mends a deadlock in the simulator library (govmomi 0.24, as Debian ships it). vcsim locks the object a
// method is called on for the whole call. PostEvent, on the EventManager, then locks each matching
// EventHistoryCollector to add the event to its page; SetCollectorPageSize and DestroyCollector, on a collector, then
// lock the EventManager. One of each at once, each holding the lock the other waits for, stalls the EventManager
// for good: every later PostEvent, QueryEvents and login (which posts an event) hangs. A follower that makes or
// destroys its collector while events are posted meets it (test/client/vim-client.test.ts reproduces it within about 900
// collectors). So those two methods run alone, and every other request side by side as before, except the
// property collector's waits, which can take many seconds and lock only their property collector and the objects
// they read: they take no part.
type lockOrder struct {
	mu   sync.RWMutex
	next http.Handler
}

// The first element in a SOAP body: the method called.
var soapMethod = regexp.MustCompile(`<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)`)

func (l *lockOrder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	method := ""
	if m := soapMethod.FindSubmatch(body); m != nil {
		method = string(m[1])
	}
	switch method {
	case "SetCollectorPageSize", "DestroyCollector":
		l.mu.Lock()
		defer l.mu.Unlock()
	case "WaitForUpdatesEx", "WaitForUpdates":
	default:
		l.mu.RLock()
		defer l.mu.RUnlock()
	}
	l.next.ServeHTTP(w, r)
}
