// The vCenter simulator for the test suite: govmomi's simulator library (Debian's golang-github-vmware-govmomi-dev
// ships it, not the vcsim command) serving a VPX model (or, with -esx, a standalone ESXi host's: ha-eventmgr,
// ha-property-collector, no vCenter) on a free loopback port, over plain HTTP or, with -tls, over HTTPS with the
// library's self-signed certificate (Go's test certificate for 127.0.0.1, ::1 and example.com), whose PEM -cert
// writes to a file. With -ca-cert too, the same simulator is also served on a second port with a certificate for
// 127.0.0.1 signed by a CA made at start-up, as a vCenter's VMCA signs its own, the CA's PEM written to that file.
// It prints the SDK URL, a line each, and runs until SIGTERM or SIGINT. Built and started by test/vcsim/vcsim.js.
package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"sync"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	esx := flag.Bool("esx", false, "simulate a standalone ESXi host instead of a vCenter")
	withTLS := flag.Bool("tls", false, "serve HTTPS with a self-signed certificate")
	certFile := flag.String("cert", "", "with -tls: write the server's certificate (PEM) to this file")
	caFile := flag.String("ca-cert", "", "with -tls: serve a CA-signed certificate on a second port too, the CA's PEM here")
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
		fail(err)
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
			fail(err)
		}
	}
	// Set before the URL is printed, so before any request can arrive.
	server.Config.Handler = &lockOrder{next: server.Config.Handler}
	fmt.Println(server.URL.String())
	if *withTLS && *caFile != "" {
		certificate, err := caSigned(*caFile)
		if err != nil {
			fail(err)
		}
		listener, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{certificate}})
		if err != nil {
			fail(err)
		}
		second := &http.Server{Handler: server.Config.Handler}
		go second.Serve(listener)
		defer second.Close()
		signed := *server.URL
		signed.Host = listener.Addr().String()
		fmt.Println(signed.String())
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "vcsim:", err)
	os.Exit(1)
}

// caSigned makes a CA and a certificate for 127.0.0.1 that it signs (P-256, valid for a day), writes the CA's PEM to
// caFile and returns the certificate with its key; the CA is not sent with it, as a VMCA-signed vCenter's is not.
func caSigned(caFile string) (tls.Certificate, error) {
	now := time.Now()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	ca := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "vcsim test CA", Organization: []string{"vsphere-typegen tests"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, leaf, ca, &key.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, err
	}
	block := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})
	if err := os.WriteFile(caFile, block, 0o644); err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
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
