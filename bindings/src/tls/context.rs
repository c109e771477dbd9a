//! Secure contexts (Node's `tls.createSecureContext().context`): the parsed key, certificate
//! chain and trust store, and the rustls client/server configs built from them (cached, so
//! connections that share a context share session caches).
//!
//! Verification is Node-flavoured: rustls only ever checks the chain (the host name is
//! checked in JS by `tls.checkServerIdentity`, which users may replace), and a chain failure
//! is turned into OpenSSL's error code (`DEPTH_ZERO_SELF_SIGNED_CERT`, ...). With
//! `rejectUnauthorized: false` the verifiers accept the peer and the failure is recomputed
//! after the handshake for `authorizationError`.
use crate::bytes;
use rquickjs::class::Trace;
use rquickjs::function::Opt;
use rquickjs::{Ctx, Exception, JsLifetime, Result, Value};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::WebPkiClientVerifier;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, DistinguishedName, Error as TlsError,
    OtherError, RootCertStore, ServerConfig, SignatureScheme, SupportedProtocolVersion,
};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

pub const TLS12: u16 = 0x0303;
pub const TLS13: u16 = 0x0304;

pub fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(rustls::crypto::ring::default_provider()))
        .clone()
}

/// The default trust store: the system's CA certificates (SSL_CERT_FILE / SSL_CERT_DIR or
/// /etc/ssl/certs) plus NODE_EXTRA_CA_CERTS.
pub fn default_root_ders() -> &'static Vec<CertificateDer<'static>> {
    static R: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    R.get_or_init(|| {
        let mut v = rustls_native_certs::load_native_certs().certs;
        if let Ok(path) = std::env::var("NODE_EXTRA_CA_CERTS") {
            if let Ok(data) = std::fs::read(path) {
                v.extend(parse_certs(&data).unwrap_or_default());
            }
        }
        // The store is often both a bundle and a hashed directory: keep each cert once.
        let mut seen = std::collections::HashSet::new();
        v.retain(|c| seen.insert(c.as_ref().to_vec()));
        v
    })
}

fn default_anchor_list() -> Arc<Vec<CertificateDer<'static>>> {
    static R: OnceLock<Arc<Vec<CertificateDer<'static>>>> = OnceLock::new();
    R.get_or_init(|| Arc::new(default_root_ders().clone()))
        .clone()
}

fn default_roots() -> Arc<RootCertStore> {
    static R: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    R.get_or_init(|| {
        let mut store = RootCertStore::empty();
        store.add_parsable_certificates(default_root_ders().iter().cloned());
        Arc::new(store)
    })
    .clone()
}

/// Certificates from PEM text (any number), or one DER certificate.
pub fn parse_certs(data: &[u8]) -> std::result::Result<Vec<CertificateDer<'static>>, String> {
    let mut out = Vec::new();
    for c in CertificateDer::pem_slice_iter(data) {
        match c {
            Ok(c) => out.push(c),
            Err(e) => return Err(format!("invalid PEM certificate: {e:?}")),
        }
    }
    if out.is_empty() && data.first() == Some(&0x30) {
        out.push(CertificateDer::from(data.to_vec()));
    }
    Ok(out)
}

pub fn version_list(min: u16, max: u16) -> Vec<&'static SupportedProtocolVersion> {
    let mut v = Vec::new();
    if min <= TLS13 && max >= TLS13 {
        v.push(&rustls::version::TLS13);
    }
    if min <= TLS12 && max >= TLS12 {
        v.push(&rustls::version::TLS12);
    }
    v
}

// --- OpenSSL-style verification errors ---------------------------------------------------

/// A chain verification failure as Node reports it: `err.code` and `err.message`.
#[derive(Debug, Clone)]
pub struct NodeCertError {
    pub code: &'static str,
    pub message: &'static str,
}

impl std::fmt::Display for NodeCertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}
impl std::error::Error for NodeCertError {}

const fn nce(code: &'static str, message: &'static str) -> NodeCertError {
    NodeCertError { code, message }
}

fn names_of(der: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let (_, c) = x509_parser::parse_x509_certificate(der).ok()?;
    Some((
        c.tbs_certificate.subject.as_raw().to_vec(),
        c.tbs_certificate.issuer.as_raw().to_vec(),
    ))
}

/// Which "unknown issuer" OpenSSL would report for this chain.
fn unknown_issuer(ee: &CertificateDer<'_>, inter: &[CertificateDer<'_>]) -> NodeCertError {
    let Some((subj, iss)) = names_of(ee) else {
        return nce(
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
            "unable to verify the first certificate",
        );
    };
    if subj == iss {
        return nce("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate");
    }
    // Follow issuer links through what the peer sent.
    let others: Vec<(Vec<u8>, Vec<u8>)> = inter.iter().filter_map(|c| names_of(c)).collect();
    let mut want = iss;
    let mut depth = 0;
    let mut used = vec![false; others.len()];
    loop {
        let found = others
            .iter()
            .enumerate()
            .find(|(i, (s, _))| !used[*i] && *s == want);
        match found {
            Some((i, (s, is))) => {
                used[i] = true;
                depth += 1;
                if s == is {
                    return nce(
                        "SELF_SIGNED_CERT_IN_CHAIN",
                        "self-signed certificate in certificate chain",
                    );
                }
                want = is.clone();
            }
            None => {
                return if depth == 0 {
                    nce(
                        "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                        "unable to verify the first certificate",
                    )
                } else {
                    nce(
                        "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
                        "unable to get local issuer certificate",
                    )
                };
            }
        }
    }
}

/// OpenSSL's view of a self-issued leaf: trusted only when it is itself in the trust store
/// (then only its dates matter), else DEPTH_ZERO_SELF_SIGNED_CERT before anything else.
fn check_self_issued(
    ee: &CertificateDer<'_>,
    anchors: &[CertificateDer<'static>],
    now: UnixTime,
) -> Option<Option<NodeCertError>> {
    let (_, c) = x509_parser::parse_x509_certificate(ee.as_ref()).ok()?;
    if c.tbs_certificate.subject.as_raw() != c.tbs_certificate.issuer.as_raw() {
        return None;
    }
    if !anchors.iter().any(|a| a.as_ref() == ee.as_ref()) {
        return Some(Some(nce(
            "DEPTH_ZERO_SELF_SIGNED_CERT",
            "self-signed certificate",
        )));
    }
    let t = now.as_secs() as i64;
    let v = c.validity();
    if t < v.not_before.timestamp() {
        return Some(Some(nce(
            "CERT_NOT_YET_VALID",
            "certificate is not yet valid",
        )));
    }
    if t > v.not_after.timestamp() {
        return Some(Some(nce("CERT_HAS_EXPIRED", "certificate has expired")));
    }
    Some(None)
}

fn map_cert_error(
    e: &CertificateError,
    ee: &CertificateDer<'_>,
    inter: &[CertificateDer<'_>],
) -> Option<NodeCertError> {
    use CertificateError::*;
    Some(match e {
        NotValidForName | NotValidForNameContext { .. } => return None,
        UnknownIssuer => unknown_issuer(ee, inter),
        Expired | ExpiredContext { .. } => nce("CERT_HAS_EXPIRED", "certificate has expired"),
        NotValidYet | NotValidYetContext { .. } => {
            nce("CERT_NOT_YET_VALID", "certificate is not yet valid")
        }
        Revoked => nce("CERT_REVOKED", "certificate revoked"),
        BadSignature => nce("CERT_SIGNATURE_FAILURE", "certificate signature failure"),
        InvalidPurpose | InvalidPurposeContext { .. } => {
            nce("INVALID_PURPOSE", "unsupported certificate purpose")
        }
        _ => nce(
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
            "unable to verify the first certificate",
        ),
    })
}

fn map_error(
    e: TlsError,
    ee: &CertificateDer<'_>,
    inter: &[CertificateDer<'_>],
) -> Option<NodeCertError> {
    match e {
        TlsError::InvalidCertificate(ce) => map_cert_error(&ce, ee, inter),
        _ => Some(nce(
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
            "unable to verify the first certificate",
        )),
    }
}

fn reject_with(e: NodeCertError) -> TlsError {
    // Alerts: unknown_ca for issuer problems, certificate_expired etc. come from rustls'
    // own mapping of the plain variants; carry Node's code in `Other`.
    TlsError::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(e))))
}

/// The Node error carried by a rustls error from our verifiers, if any.
pub fn node_error_of(e: &TlsError) -> Option<NodeCertError> {
    if let TlsError::InvalidCertificate(CertificateError::Other(OtherError(inner))) = e {
        return inner.downcast_ref::<NodeCertError>().cloned();
    }
    None
}

/// webpki's check of a peer's chain, for either side.
pub trait ChainCheck {
    fn verify_chain(
        &self,
        ee: &CertificateDer<'_>,
        inter: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<(), TlsError>;
}

impl ChainCheck for WebPkiServerVerifier {
    fn verify_chain(
        &self,
        ee: &CertificateDer<'_>,
        inter: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<(), TlsError> {
        // The name is checked in JS (checkServerIdentity); webpki checks it last, so a
        // name mismatch means the chain itself is fine.
        let Ok(name) = ServerName::try_from("minode.invalid") else {
            return Ok(());
        };
        self.verify_server_cert(ee, inter, &name, &[], now)
            .map(|_| ())
    }
}

impl ChainCheck for dyn ClientCertVerifier {
    fn verify_chain(
        &self,
        ee: &CertificateDer<'_>,
        inter: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<(), TlsError> {
        self.verify_client_cert(ee, inter, now).map(|_| ())
    }
}

/// A Node-flavoured verifier of the peer's chain over webpki's verifier `V` for that side
/// (None: an empty trust store).
#[derive(Debug)]
pub struct NodeVerifier<V: ?Sized> {
    inner: Option<Arc<V>>,
    anchors: Arc<Vec<CertificateDer<'static>>>,
    /// Server side: ask the client for a certificate.
    request: bool,
    reject: bool,
    provider: Arc<CryptoProvider>,
}

/// A client's verifier of the server's chain.
pub type NodeServerVerifier = NodeVerifier<WebPkiServerVerifier>;
/// A server's verifier of the client's chain.
pub type NodeClientVerifier = NodeVerifier<dyn ClientCertVerifier>;

impl<V: ChainCheck + ?Sized> NodeVerifier<V> {
    /// None when the chain is trusted, else the error OpenSSL would report.
    pub fn check(
        &self,
        ee: &CertificateDer<'_>,
        inter: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Option<NodeCertError> {
        if let Some(r) = check_self_issued(ee, &self.anchors, now) {
            return r;
        }
        let Some(v) = &self.inner else {
            return Some(unknown_issuer(ee, inter));
        };
        match v.verify_chain(ee, inter, now) {
            Ok(()) => None,
            Err(e) => map_error(e, ee, inter),
        }
    }

    /// `check` on the chain the peer sent (DER, leaf first), after the handshake.
    pub fn check_peer(&self, peer: &[Vec<u8>]) -> Option<NodeCertError> {
        let Some((ee, rest)) = peer.split_first() else {
            let msg = "unspecified certificate verification error";
            return Some(nce("UNSPECIFIED", msg));
        };
        let ee = CertificateDer::from(ee.as_slice());
        let rest: Vec<CertificateDer> = rest
            .iter()
            .map(|c| CertificateDer::from(c.as_slice()))
            .collect();
        self.check(&ee, &rest, UnixTime::now())
    }

    /// What rustls is told: only with rejectUnauthorized does a bad chain fail the handshake.
    fn verdict(
        &self,
        ee: &CertificateDer<'_>,
        inter: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<(), TlsError> {
        if !self.reject {
            return Ok(());
        }
        match self.check(ee, inter, now) {
            Some(e) => Err(reject_with(e)),
            None => Ok(()),
        }
    }
}

/// The handshake-signature checks, the same for both sides: rustls' own, with the
/// verifier's provider. (A macro because each rustls verifier trait wants them.)
macro_rules! signature_checks {
    () => {
        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }
        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    };
}

impl ServerCertVerifier for NodeServerVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, TlsError> {
        self.verdict(end_entity, intermediates, now)
            .map(|()| ServerCertVerified::assertion())
    }
    signature_checks!();
}

impl ClientCertVerifier for NodeClientVerifier {
    fn offer_client_auth(&self) -> bool {
        self.request
    }
    fn client_auth_mandatory(&self) -> bool {
        self.request && self.reject
    }
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        match &self.inner {
            Some(v) => v.root_hint_subjects(),
            None => &[],
        }
    }
    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<ClientCertVerified, TlsError> {
        self.verdict(end_entity, intermediates, now)
            .map(|()| ClientCertVerified::assertion())
    }
    signature_checks!();
}

// --- the context ----------------------------------------------------------------------

/// Per-connection choices that go into a rustls config.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ConnOpts {
    pub alpn: Vec<Vec<u8>>,
    pub reject_unauthorized: bool,
    pub request_cert: bool,
}

pub struct CtxInner {
    pub certs: RefCell<Vec<CertificateDer<'static>>>,
    key: RefCell<Option<PrivateKeyDer<'static>>>,
    /// None: the default trust store.
    ca: RefCell<Option<Vec<CertificateDer<'static>>>>,
    pub min: Cell<u16>,
    pub max: Cell<u16>,
    client_cache: ConfigCache<ClientConfig, NodeServerVerifier>,
    server_cache: ConfigCache<ServerConfig, NodeClientVerifier>,
}

/// The last config built and the options it was built for.
type ConfigCache<C, V> = RefCell<Option<(ConnOpts, Arc<C>, Arc<V>)>>;
type Built<C, V> = std::result::Result<(Arc<C>, Arc<V>), String>;

/// The config for `opts`: the cached one if it was built for them, else `build`'s, cached.
fn cached<C, V>(
    cache: &ConfigCache<C, V>,
    opts: &ConnOpts,
    build: impl FnOnce() -> Built<C, V>,
) -> Built<C, V> {
    if let Some((o, c, v)) = &*cache.borrow() {
        if o == opts {
            return Ok((c.clone(), v.clone()));
        }
    }
    let (c, v) = build()?;
    *cache.borrow_mut() = Some((opts.clone(), c.clone(), v.clone()));
    Ok((c, v))
}

impl CtxInner {
    fn invalidate(&self) {
        self.client_cache.borrow_mut().take();
        self.server_cache.borrow_mut().take();
    }

    fn roots(&self) -> Arc<RootCertStore> {
        match &*self.ca.borrow() {
            None => default_roots(),
            Some(list) => {
                let mut store = RootCertStore::empty();
                store.add_parsable_certificates(list.iter().cloned());
                Arc::new(store)
            }
        }
    }

    fn anchors(&self) -> Arc<Vec<CertificateDer<'static>>> {
        match &*self.ca.borrow() {
            None => default_anchor_list(),
            Some(list) => Arc::new(list.clone()),
        }
    }

    pub fn has_key_and_cert(&self) -> bool {
        self.key.borrow().is_some() && !self.certs.borrow().is_empty()
    }

    fn versions(&self) -> std::result::Result<Vec<&'static SupportedProtocolVersion>, String> {
        let versions = version_list(self.min.get(), self.max.get());
        if versions.is_empty() {
            return Err("no protocols available".into());
        }
        Ok(versions)
    }

    fn key(&self) -> Option<PrivateKeyDer<'static>> {
        self.key.borrow().as_ref().map(|k| k.clone_key())
    }

    pub fn client_config(&self, opts: &ConnOpts) -> Built<ClientConfig, NodeServerVerifier> {
        cached(&self.client_cache, opts, || self.build_client_config(opts))
    }

    pub fn server_config(&self, opts: &ConnOpts) -> Built<ServerConfig, NodeClientVerifier> {
        cached(&self.server_cache, opts, || self.build_server_config(opts))
    }

    fn build_client_config(&self, opts: &ConnOpts) -> Built<ClientConfig, NodeServerVerifier> {
        let p = provider();
        let roots = self.roots();
        let inner = if roots.is_empty() {
            None
        } else {
            WebPkiServerVerifier::builder_with_provider(roots, p.clone())
                .build()
                .ok()
        };
        let verifier = Arc::new(NodeServerVerifier {
            inner,
            anchors: self.anchors(),
            request: false,
            reject: opts.reject_unauthorized,
            provider: p.clone(),
        });
        let b = ClientConfig::builder_with_provider(p)
            .with_protocol_versions(&self.versions()?)
            .map_err(|e| e.to_string())?
            .dangerous()
            .with_custom_certificate_verifier(verifier.clone());
        let certs = self.certs.borrow().clone();
        let mut cfg = match self.key() {
            Some(k) if !certs.is_empty() => b
                .with_client_auth_cert(certs, k)
                .map_err(|e| e.to_string())?,
            _ => b.with_no_client_auth(),
        };
        cfg.alpn_protocols = opts.alpn.clone();
        Ok((Arc::new(cfg), verifier))
    }

    fn build_server_config(&self, opts: &ConnOpts) -> Built<ServerConfig, NodeClientVerifier> {
        let p = provider();
        let inner: Option<Arc<dyn ClientCertVerifier>> = if opts.request_cert {
            let roots = self.roots();
            if roots.is_empty() {
                None
            } else {
                WebPkiClientVerifier::builder_with_provider(roots, p.clone())
                    .allow_unauthenticated()
                    .build()
                    .ok()
            }
        } else {
            None
        };
        let verifier = Arc::new(NodeClientVerifier {
            inner,
            anchors: if opts.request_cert {
                self.anchors()
            } else {
                Arc::new(Vec::new())
            },
            request: opts.request_cert,
            reject: opts.reject_unauthorized,
            provider: p.clone(),
        });
        let versions = self.versions()?;
        let key = self
            .key()
            .ok_or_else(|| "no private key was set for this context".to_string())?;
        let certs = self.certs.borrow().clone();
        if certs.is_empty() {
            return Err("no certificate was set for this context".into());
        }
        let mut cfg = ServerConfig::builder_with_provider(p)
            .with_protocol_versions(&versions)
            .map_err(|e| e.to_string())?
            .with_client_cert_verifier(verifier.clone())
            .with_single_cert(certs, key)
            .map_err(|e| e.to_string())?;
        cfg.alpn_protocols = opts.alpn.clone();
        Ok((Arc::new(cfg), verifier))
    }
}

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "SecureContext")]
pub struct SecureContext {
    #[qjs(skip_trace)]
    pub inner: Rc<CtxInner>,
}

fn throw_tls<'js>(ctx: &Ctx<'js>, msg: &str) -> rquickjs::Error {
    Exception::throw_message(ctx, msg)
}

/// OpenSSL's message for a key it cannot load.
const UNSUPPORTED_KEY: &str = "error:1E08010C:DECODER routines::unsupported";

/// Certificates from a JS string or bytes (PEM, or one DER certificate).
fn certs_arg<'js>(ctx: &Ctx<'js>, data: &Value<'js>) -> Result<Vec<CertificateDer<'static>>> {
    let v = bytes::to_vec(ctx, data)?;
    parse_certs(&v).map_err(|e| throw_tls(ctx, &e))
}

/// A private key (PEM) from a JS string or bytes, one that the provider can sign with.
fn key_arg<'js>(ctx: &Ctx<'js>, data: &Value<'js>) -> Result<PrivateKeyDer<'static>> {
    let v = bytes::to_vec(ctx, data)?;
    let key = PrivateKeyDer::from_pem_slice(&v).map_err(|_| {
        if String::from_utf8_lossy(&v).contains("ENCRYPTED") {
            throw_tls(ctx, "minode: encrypted private keys are not supported")
        } else {
            throw_tls(ctx, UNSUPPORTED_KEY)
        }
    })?;
    if provider()
        .key_provider
        .load_private_key(key.clone_key())
        .is_err()
    {
        return Err(throw_tls(ctx, UNSUPPORTED_KEY));
    }
    Ok(key)
}

#[rquickjs::methods]
impl SecureContext {
    #[qjs(constructor)]
    pub fn new() -> Self {
        SecureContext {
            inner: Rc::new(CtxInner {
                certs: RefCell::new(Vec::new()),
                key: RefCell::new(None),
                ca: RefCell::new(None),
                min: Cell::new(TLS12),
                max: Cell::new(TLS13),
                client_cache: RefCell::new(None),
                server_cache: RefCell::new(None),
            }),
        }
    }

    /// A certificate chain (PEM): the leaf first, then intermediates.
    #[qjs(rename = "setCert")]
    pub fn set_cert<'js>(&self, ctx: Ctx<'js>, data: Value<'js>) -> Result<()> {
        let certs = certs_arg(&ctx, &data)?;
        if certs.is_empty() {
            return Err(throw_tls(
                &ctx,
                "error:0480006C:PEM routines::no start line",
            ));
        }
        *self.inner.certs.borrow_mut() = certs;
        self.inner.invalidate();
        Ok(())
    }

    #[qjs(rename = "setKey")]
    pub fn set_key<'js>(
        &self,
        ctx: Ctx<'js>,
        data: Value<'js>,
        _pass: Opt<Value<'js>>,
    ) -> Result<()> {
        *self.inner.key.borrow_mut() = Some(key_arg(&ctx, &data)?);
        self.inner.invalidate();
        Ok(())
    }

    /// Check that the key belongs to the leaf certificate (Node throws at context creation).
    #[qjs(rename = "checkKey")]
    pub fn check_key(&self) -> bool {
        let key = self.inner.key.borrow();
        let certs = self.inner.certs.borrow();
        let (Some(key), false) = (key.as_ref(), certs.is_empty()) else {
            return true;
        };
        let Ok(signer) = provider().key_provider.load_private_key(key.clone_key()) else {
            return false;
        };
        let ck = rustls::sign::CertifiedKey::new(certs.clone(), signer);
        !matches!(ck.keys_match(), Err(TlsError::InconsistentKeys(_)))
    }

    #[qjs(rename = "addCACert")]
    pub fn add_ca_cert<'js>(&self, ctx: Ctx<'js>, data: Value<'js>) -> Result<()> {
        let certs = certs_arg(&ctx, &data)?;
        self.inner
            .ca
            .borrow_mut()
            .get_or_insert_with(Vec::new)
            .extend(certs);
        self.inner.invalidate();
        Ok(())
    }

    /// An explicit (possibly empty) CA list in place of the default store.
    #[qjs(rename = "clearCA")]
    pub fn clear_ca(&self) {
        *self.inner.ca.borrow_mut() = Some(Vec::new());
        self.inner.invalidate();
    }

    #[qjs(rename = "addRootCerts")]
    pub fn add_root_certs(&self) {
        let mut ca = self.inner.ca.borrow_mut();
        if let Some(list) = ca.as_mut() {
            list.extend(default_root_ders().iter().cloned());
        }
        drop(ca);
        self.inner.invalidate();
    }

    #[qjs(rename = "setMinProto")]
    pub fn set_min_proto(&self, v: u16) {
        self.inner.min.set(v);
        self.inner.invalidate();
    }

    #[qjs(rename = "setMaxProto")]
    pub fn set_max_proto(&self, v: u16) {
        self.inner.max.set(v);
        self.inner.invalidate();
    }

    /// The leaf certificate set on this context, DER, or undefined.
    #[qjs(rename = "getCertificate")]
    pub fn get_certificate<'js>(&self, ctx: Ctx<'js>) -> Result<Value<'js>> {
        match self.inner.certs.borrow().first() {
            Some(c) => bytes::array_buffer(&ctx, c.as_ref().to_vec()),
            None => Ok(Value::new_undefined(ctx)),
        }
    }
}
