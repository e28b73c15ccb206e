// Command vcsim runs govmomi's vCenter simulator (the VPX model) for Carrel's tests.
//
// It listens on 127.0.0.1 only, on a free port unless -port is given, and prints one line
// with the SOAP URL (https://127.0.0.1:PORT/sdk) once it accepts connections. It stops on
// SIGINT/SIGTERM or when its standard input closes, so a test that dies takes it along.
//
// The inventory is govmomi's default VPX model: datacenter DC0, cluster DC0_C0 with three
// hosts, a standalone host DC0_H0, datastore LocalDS_0, the distributed switch DVS0 with
// port group DC0_DVPG0, and a few VMs. With -library it also holds a small public
// library's estate (see library.go): VM folders, port groups with VLAN ids, templates,
// server VMs with addresses, tags and a DRS anti-affinity rule. The REST endpoints
// (/rest/com/vmware/cis/..., for tags) are served as well.
//
// Only the given user and password log in (defaults: carrel / carrel-test); anything else
// is refused as a real vCenter would. TLS uses a self-signed certificate; -cert-file
// writes it as PEM for clients that verify against a CA file.
package main

import (
	"context"
	"crypto/tls"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/vmware/govmomi/simulator"
	_ "github.com/vmware/govmomi/vapi/simulator" // REST endpoints, tagging among them
)

func main() {
	port := flag.Int("port", 0, "TCP port on 127.0.0.1 (0: a free one)")
	user := flag.String("user", "carrel", "the only user name that logs in")
	password := flag.String("password", "carrel-test", "that user's password")
	library := flag.Bool("library", false, "add a small library's estate to the default inventory")
	certFile := flag.String("cert-file", "", "write the server's certificate (PEM) to this file")
	plain := flag.Bool("http", false, "serve plain HTTP instead of HTTPS")
	flag.Parse()

	model := simulator.VPX()
	if err := model.Create(); err != nil {
		log.Fatalf("vcsim: %v", err)
	}
	defer model.Remove()
	model.Service.RegisterEndpoints = true
	// Loopback only: the simulator is for tests on this machine.
	model.Service.Listen = &url.URL{
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(*port)),
		User: url.UserPassword(*user, *password),
	}
	if !*plain {
		model.Service.TLS = new(tls.Config)
	}
	server := model.Service.NewServer()
	defer server.Close()

	if *certFile != "" && !*plain {
		cert := server.Certificate()
		block := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})
		if err := os.WriteFile(*certFile, block, 0o644); err != nil {
			log.Fatalf("vcsim: %v", err)
		}
	}

	if *library {
		if err := addLibrary(context.Background(), server.URL); err != nil {
			log.Fatalf("vcsim: adding the library estate: %v", err)
		}
	}

	// The URL without credentials: clients are given those separately.
	shown := *server.URL
	shown.User = nil
	fmt.Println(shown.String())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stop <- syscall.SIGTERM
	}()
	<-stop
}
