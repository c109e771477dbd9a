//! Collects a `Writeable`'s annotated output as (type, text) runs for formatToParts.
use std::fmt;
use writeable::{Part, PartsWrite};

#[derive(Default)]
pub struct PartsSink {
    parts: Vec<(&'static str, String)>,
    stack: Vec<&'static str>,
}

impl PartsSink {
    pub fn push(&mut self, kind: &'static str, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some((k, s)) if *k == kind => s.push_str(text),
            _ => self.parts.push((kind, text.to_string())),
        }
    }

    /// [type, value, type, value, ...]. Unannotated text is "literal"; with `compact`, its
    /// non-space runs are the compact affix ("K", "thousand").
    pub fn into_flat(self, compact: bool) -> Vec<String> {
        let mut out = Vec::with_capacity(self.parts.len() * 2);
        for (kind, text) in self.parts {
            if compact && kind == "literal" {
                split_compact(&text, &mut out);
            } else {
                out.push(kind.to_string());
                out.push(text);
            }
        }
        out
    }
}

fn split_compact(text: &str, out: &mut Vec<String>) {
    let mut cur = String::new();
    let mut cur_space = None;
    for c in text.chars() {
        let space = c.is_whitespace() || c == '\u{200f}' || c == '\u{200e}';
        if cur_space.is_some_and(|s| s != space) {
            out.push(
                if cur_space == Some(true) {
                    "literal"
                } else {
                    "compact"
                }
                .to_string(),
            );
            out.push(std::mem::take(&mut cur));
        }
        cur_space = Some(space);
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(
            if cur_space == Some(true) {
                "literal"
            } else {
                "compact"
            }
            .to_string(),
        );
        out.push(cur);
    }
}

impl fmt::Write for PartsSink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let kind = self.stack.last().copied().unwrap_or("literal");
        self.push(kind, s);
        Ok(())
    }
}

impl PartsWrite for PartsSink {
    type SubPartsWrite = Self;
    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        self.stack.push(part.value);
        let r = f(self);
        self.stack.pop();
        r
    }
}
