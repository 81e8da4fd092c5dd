// The vCenter simulator for the test suite: govmomi's simulator library (Debian's golang-github-vmware-govmomi-dev
// ships it, not the vcsim command) serving a VPX model over plain HTTP on a free loopback port. It prints one line,
// the SDK URL, and runs until SIGTERM or SIGINT. Built and started by test/vcsim/vcsim.js.
package main

import (
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"syscall"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	model := simulator.VPX()
	// A standalone host and a cluster of two, two VMs per host and pool: enough inventory for every test operation.
	model.Host = 1
	model.ClusterHost = 2
	model.Machine = 2
	defer model.Remove()
	if err := model.Create(); err != nil {
		fmt.Fprintln(os.Stderr, "vcsim:", err)
		os.Exit(1)
	}
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0"}
	server := model.Service.NewServer()
	defer server.Close()
	fmt.Println(server.URL.String())
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
}
