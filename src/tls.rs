//! The rustls configuration: the system's trusted CAs (loaded only for
//! `https://`, so plain-HTTP start-up stays fast), `--cacert`, and `--insecure`.

use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result, one_line};

pub struct TlsOptions<'a> {
    /// Whether the server is reached over TLS at all.
    pub https: bool,
    pub insecure: bool,
    pub cacert: Option<&'a Path>,
}

pub fn client_config(options: &TlsOptions) -> Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up failed: {e}")))?;
    let mut config = if options.insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate {
                algorithms: provider.signature_verification_algorithms,
            }))
            .with_no_client_auth()
    } else {
        builder
            .with_root_certificates(root_store(options)?)
            .with_no_client_auth()
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

fn root_store(options: &TlsOptions) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    if options.https {
        // Unreadable entries in the system store are skipped, as browsers do.
        let native = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(native.certs);
    }
    if let Some(path) = options.cacert {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .map_err(|e| cacert_error(path, &e.to_string()))?
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| cacert_error(path, &e.to_string()))?;
        if certs.is_empty() {
            return Err(cacert_error(path, "no PEM certificates in it"));
        }
        for cert in certs {
            roots
                .add(cert)
                .map_err(|e| cacert_error(path, &e.to_string()))?;
        }
    }
    Ok(roots)
}

/// A failed handshake as a person reads it: what went wrong, and the hint.
/// A server that speaks plain HTTP on the port answers the TLS hello with
/// `HTTP/1.1 400 ...`, which is no TLS record: no CA helps there, `http://` does.
pub fn handshake_failure(e: &rustls::Error) -> (String, &'static str) {
    match e {
        rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType) => (
            "the server answered without TLS (plain HTTP?)".to_string(),
            "use http:// in the url: this port does not speak TLS",
        ),
        other => (
            one_line(&other.to_string()),
            "trust the server's CA with --cacert FILE, or (testing only) use -k",
        ),
    }
}

fn cacert_error(path: &Path, detail: &str) -> Error {
    Error::usage(format!("--cacert {}: {}", path.display(), one_line(detail)))
}

/// `--insecure`: any certificate is accepted, but the handshake signatures are
/// still checked so the session keys belong to whoever sent the certificate.
#[derive(Debug)]
struct AcceptAnyCertificate {
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}
