//! HTTP/1 message framing shared by the server fast path and the JS-facing parser:
//! head validation (Content-Length / Transfer-Encoding rules) and body decoding.
//! Heads are parsed with `httparse`; nothing here panics on peer input.

/// Node's HPE_* codes for the errors a peer can cause.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PErr {
    InvalidMethod,
    InvalidHeaderToken,
    InvalidConstant,
    InvalidVersion,
    HeaderOverflow,
    UnexpectedContentLength,
    InvalidContentLength,
    InvalidTransferEncoding,
    InvalidChunkSize,
    InvalidStatus,
    LfExpected,
    MissingHost,
}

impl PErr {
    pub fn code(self) -> &'static str {
        match self {
            PErr::InvalidMethod => "HPE_INVALID_METHOD",
            PErr::InvalidHeaderToken => "HPE_INVALID_HEADER_TOKEN",
            PErr::InvalidConstant => "HPE_INVALID_CONSTANT",
            PErr::InvalidVersion => "HPE_INVALID_VERSION",
            PErr::HeaderOverflow => "HPE_HEADER_OVERFLOW",
            PErr::UnexpectedContentLength => "HPE_UNEXPECTED_CONTENT_LENGTH",
            PErr::InvalidContentLength => "HPE_INVALID_CONTENT_LENGTH",
            PErr::InvalidTransferEncoding => "HPE_INVALID_TRANSFER_ENCODING",
            PErr::InvalidChunkSize => "HPE_INVALID_CHUNK_SIZE",
            PErr::InvalidStatus => "HPE_INVALID_STATUS",
            PErr::LfExpected => "HPE_LF_EXPECTED",
            PErr::MissingHost => "HPE_MISSING_HOST",
        }
    }
    pub fn reason(self) -> &'static str {
        match self {
            PErr::InvalidMethod => "Invalid method encountered",
            PErr::InvalidHeaderToken => "Invalid header value char",
            PErr::InvalidConstant => "Expected HTTP/",
            PErr::InvalidVersion => "Invalid HTTP version",
            PErr::HeaderOverflow => "Header overflow",
            PErr::UnexpectedContentLength => {
                "Content-Length can't be present with Transfer-Encoding"
            }
            PErr::InvalidContentLength => "Invalid character in Content-Length",
            PErr::InvalidTransferEncoding => "Request has invalid `Transfer-Encoding`",
            PErr::InvalidChunkSize => "Invalid character in chunk size",
            PErr::InvalidStatus => "Invalid status code",
            PErr::LfExpected => "Missing expected LF after header value",
            PErr::MissingHost => "Missing Host header",
        }
    }
    pub fn from_httparse(e: httparse::Error) -> PErr {
        match e {
            httparse::Error::HeaderName => PErr::InvalidHeaderToken,
            httparse::Error::HeaderValue => PErr::InvalidHeaderToken,
            httparse::Error::NewLine => PErr::LfExpected,
            httparse::Error::Status => PErr::InvalidStatus,
            httparse::Error::Token => PErr::InvalidMethod,
            httparse::Error::TooManyHeaders => PErr::HeaderOverflow,
            httparse::Error::Version => PErr::InvalidVersion,
        }
    }
}

/// Parse a request head with room for 64 headers, retrying with 4096 when there are more
/// (the common case stays on the stack), and hand the result to `f`.
pub fn with_request_head<R>(
    input: &[u8],
    f: impl FnOnce(&httparse::Request<'_, '_>, httparse::Result<usize>) -> R,
) -> R {
    let mut small = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut small);
    match req.parse(input) {
        Err(httparse::Error::TooManyHeaders) => {
            let mut big = vec![httparse::EMPTY_HEADER; 4096];
            let mut req = httparse::Request::new(&mut big);
            let r = req.parse(input);
            f(&req, r)
        }
        r => f(&req, r),
    }
}

/// Methods llhttp accepts (Node's http.METHODS).
pub fn known_method(m: &str) -> bool {
    matches!(
        m,
        "GET"
            | "POST"
            | "PUT"
            | "DELETE"
            | "HEAD"
            | "OPTIONS"
            | "PATCH"
            | "CONNECT"
            | "TRACE"
            | "ACL"
            | "BIND"
            | "CHECKOUT"
            | "COPY"
            | "LINK"
            | "LOCK"
            | "M-SEARCH"
            | "MERGE"
            | "MKACTIVITY"
            | "MKCALENDAR"
            | "MKCOL"
            | "MOVE"
            | "NOTIFY"
            | "PROPFIND"
            | "PROPPATCH"
            | "PURGE"
            | "QUERY"
            | "REBIND"
            | "REPORT"
            | "SEARCH"
            | "SOURCE"
            | "SUBSCRIBE"
            | "UNBIND"
            | "UNLINK"
            | "UNLOCK"
            | "UNSUBSCRIBE"
    )
}

/// What a head says about the message around it.
#[derive(Default, Debug, Clone)]
pub struct HeadInfo {
    pub content_length: Option<u64>,
    pub chunked: bool,
    pub has_te: bool,
    pub conn_close: bool,
    pub conn_keep_alive: bool,
    pub conn_upgrade: bool,
    pub upgrade: bool,
    pub expect_continue: bool,
    pub expect_other: bool,
    pub has_host: bool,
}

fn trim(v: &[u8]) -> &[u8] {
    let mut s = 0;
    let mut e = v.len();
    while s < e && (v[s] == b' ' || v[s] == b'\t') {
        s += 1;
    }
    while e > s && (v[e - 1] == b' ' || v[e - 1] == b'\t') {
        e -= 1;
    }
    &v[s..e]
}

fn parse_len(v: &[u8]) -> Option<u64> {
    let v = trim(v);
    if v.is_empty() || v.len() > 18 {
        return None;
    }
    let mut n: u64 = 0;
    for &c in v {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as u64;
    }
    Some(n)
}

/// Walk the headers once and apply the framing rules (no smuggling: CL with TE, or two
/// different CLs, are errors).
pub fn inspect(headers: &[httparse::Header<'_>], is_request: bool) -> Result<HeadInfo, PErr> {
    let mut info = HeadInfo::default();
    for h in headers {
        let name = h.name.as_bytes();
        match name.len() {
            4 if name.eq_ignore_ascii_case(b"host") => info.has_host = true,
            14 if name.eq_ignore_ascii_case(b"content-length") => {
                let n = parse_len(h.value).ok_or(PErr::InvalidContentLength)?;
                if let Some(prev) = info.content_length {
                    if prev != n {
                        return Err(PErr::UnexpectedContentLength);
                    }
                }
                info.content_length = Some(n);
            }
            17 if name.eq_ignore_ascii_case(b"transfer-encoding") => {
                info.has_te = true;
                // The final coding decides: chunked must be last.
                let v = trim(h.value);
                let last = v.rsplit(|&c| c == b',').next().map(trim).unwrap_or(b"");
                info.chunked = last.eq_ignore_ascii_case(b"chunked");
                if !info.chunked && is_request {
                    return Err(PErr::InvalidTransferEncoding);
                }
            }
            10 if name.eq_ignore_ascii_case(b"connection") => {
                for tok in h.value.split(|&c| c == b',') {
                    let t = trim(tok);
                    if t.eq_ignore_ascii_case(b"close") {
                        info.conn_close = true;
                    } else if t.eq_ignore_ascii_case(b"keep-alive") {
                        info.conn_keep_alive = true;
                    } else if t.eq_ignore_ascii_case(b"upgrade") {
                        info.conn_upgrade = true;
                    }
                }
            }
            7 if name.eq_ignore_ascii_case(b"upgrade") => info.upgrade = true,
            6 if name.eq_ignore_ascii_case(b"expect") => {
                if trim(h.value).eq_ignore_ascii_case(b"100-continue") {
                    info.expect_continue = true;
                } else {
                    info.expect_other = true;
                }
            }
            _ => {}
        }
    }
    if info.has_te && info.content_length.is_some() {
        return Err(PErr::UnexpectedContentLength);
    }
    Ok(info)
}

/// Body framing state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Body {
    None,
    Length(u64),
    Chunked(Chunk),
    /// Until the connection closes (responses without a length).
    Eof,
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Chunk {
    Size,
    Data(u64),
    DataEnd,
    Trailers,
}

pub enum Step<'a> {
    /// Body bytes (a slice of the input).
    Data(&'a [u8]),
    /// The body ended; `trailers` is the raw trailer block (may be empty).
    End(&'a [u8]),
    /// Need more input.
    More,
}

impl Body {
    pub fn from_info(info: &HeadInfo) -> Body {
        if info.chunked {
            Body::Chunked(Chunk::Size)
        } else {
            match info.content_length {
                Some(0) | None => Body::None,
                Some(n) => Body::Length(n),
            }
        }
    }

    /// Decode one step from `input`; returns (bytes consumed, step).
    pub fn step<'a>(
        &mut self,
        input: &'a [u8],
        max_trailer: usize,
    ) -> Result<(usize, Step<'a>), PErr> {
        match *self {
            Body::None | Body::Done => {
                *self = Body::Done;
                Ok((0, Step::End(&[])))
            }
            Body::Length(n) => {
                if input.is_empty() {
                    return Ok((0, Step::More));
                }
                let take = (n.min(input.len() as u64)) as usize;
                let rest = n - take as u64;
                *self = if rest == 0 {
                    Body::Length(0)
                } else {
                    Body::Length(rest)
                };
                if rest == 0 {
                    // Data now, End on the next step.
                    *self = Body::Done;
                    return Ok((take, Step::Data(&input[..take])));
                }
                Ok((take, Step::Data(&input[..take])))
            }
            Body::Eof => {
                if input.is_empty() {
                    return Ok((0, Step::More));
                }
                Ok((input.len(), Step::Data(input)))
            }
            Body::Chunked(c) => match c {
                Chunk::Size => match httparse::parse_chunk_size(input) {
                    Ok(httparse::Status::Complete((used, size))) => {
                        *self = if size == 0 {
                            Body::Chunked(Chunk::Trailers)
                        } else {
                            Body::Chunked(Chunk::Data(size))
                        };
                        Ok((used, Step::Data(&[])))
                    }
                    Ok(httparse::Status::Partial) => {
                        if input.len() > 1024 {
                            return Err(PErr::InvalidChunkSize);
                        }
                        Ok((0, Step::More))
                    }
                    Err(_) => Err(PErr::InvalidChunkSize),
                },
                Chunk::Data(n) => {
                    if input.is_empty() {
                        return Ok((0, Step::More));
                    }
                    let take = (n.min(input.len() as u64)) as usize;
                    let rest = n - take as u64;
                    *self = if rest == 0 {
                        Body::Chunked(Chunk::DataEnd)
                    } else {
                        Body::Chunked(Chunk::Data(rest))
                    };
                    Ok((take, Step::Data(&input[..take])))
                }
                Chunk::DataEnd => {
                    if input.len() < 2 {
                        if input.first().is_some_and(|&c| c != b'\r' && c != b'\n') {
                            return Err(PErr::LfExpected);
                        }
                        if input == b"\n" {
                            *self = Body::Chunked(Chunk::Size);
                            return Ok((1, Step::Data(&[])));
                        }
                        return Ok((0, Step::More));
                    }
                    if &input[..2] == b"\r\n" {
                        *self = Body::Chunked(Chunk::Size);
                        Ok((2, Step::Data(&[])))
                    } else if input[0] == b'\n' {
                        *self = Body::Chunked(Chunk::Size);
                        Ok((1, Step::Data(&[])))
                    } else {
                        Err(PErr::LfExpected)
                    }
                }
                Chunk::Trailers => {
                    let mut hs = [httparse::EMPTY_HEADER; 32];
                    match httparse::parse_headers(input, &mut hs) {
                        Ok(httparse::Status::Complete((used, _))) => {
                            *self = Body::Done;
                            Ok((used, Step::End(&input[..used])))
                        }
                        Ok(httparse::Status::Partial) => {
                            if input.len() > max_trailer {
                                return Err(PErr::HeaderOverflow);
                            }
                            Ok((0, Step::More))
                        }
                        Err(e) => Err(PErr::from_httparse(e)),
                    }
                }
            },
        }
    }
}
