//! https through rustls: a server with its own CA fails without --cacert,
//! works with it (flag or profile), and works with -k.

use std::sync::Arc;

use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::support::{Reply, Sandbox, TestServer, run};

/// A TLS server whose self-signed certificate is its own CA; returns the PEM.
fn tls_server() -> (TestServer, String) {
    let ck =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .expect("certificate");
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(ck.signing_key.serialize_der()));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![ck.cert.der().clone()], key)
    .unwrap();
    let server = TestServer::start_tls(config, |_| Reply::json(200, r#"{"asterisk_id":"tls-ok"}"#));
    (server, ck.cert.pem())
}

#[test]
fn an_unknown_ca_is_refused_with_exit_3() {
    let (server, _) = tls_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args(["asterisk", "ping"]));
    assert_eq!(out.code, 3, "{}", out.stderr);
    let line = out.one_error_line();
    assert!(
        line.starts_with(&format!(
            "ari: TLS handshake with 127.0.0.1:{} failed: invalid peer certificate",
            server.port
        )),
        "{line}"
    );
    assert!(
        out.stderr
            .contains("hint: trust the server's CA with --cacert FILE")
    );
}

#[test]
fn cacert_from_flag_or_profile_makes_it_work() {
    let (server, pem) = tls_server();
    let sandbox = Sandbox::new();
    let ca = sandbox.path().join("ca.pem");
    std::fs::write(&ca, pem).unwrap();
    let out = run(sandbox.ari_at(&server).args([
        "--cacert",
        ca.to_str().unwrap(),
        "asterisk",
        "ping",
        "--jq",
        ".asterisk_id",
    ]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "tls-ok\n"),
        "{}",
        out.stderr
    );

    sandbox.write_config(&format!(
        "[profiles.tls]\nurl = \"{}\"\ncacert = \"{}\"\n",
        server.url,
        ca.display()
    ));
    let out = run(sandbox
        .ari()
        .args(["-p", "tls", "asterisk", "ping", "--jq", ".asterisk_id"]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "tls-ok\n"),
        "{}",
        out.stderr
    );
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn insecure_accepts_any_certificate() {
    let (server, _) = tls_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["-k", "asterisk", "ping", "-q"]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "tls-ok\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_cacert_that_is_not_pem_is_a_usage_error() {
    let (server, _) = tls_server();
    let sandbox = Sandbox::new();
    let bad = sandbox.path().join("bad.pem");
    std::fs::write(&bad, "not a certificate").unwrap();
    let out =
        run(sandbox
            .ari_at(&server)
            .args(["--cacert", bad.to_str().unwrap(), "asterisk", "ping"]));
    assert_eq!(out.code, 2);
    assert!(
        out.one_error_line().contains("no PEM certificates"),
        "{}",
        out.stderr
    );
    assert!(server.requests().is_empty());
}
