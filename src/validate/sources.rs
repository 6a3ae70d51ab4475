//! Sources: publisher, URL, language, publication date.

use crate::error::{ViolationKind, shown};
use crate::limits::MAX_TEXT_BYTES;
use crate::series::wire::SeriesData;
use crate::text::is_forbidden;
use crate::time::release::Precision;

use super::checker::{Checker, Path};

/// An absolute `http` or `https` URL with a host (a name, IPv4 or bracketed
/// IPv6 address, and an optional port), and no whitespace or control
/// characters anywhere.
pub(super) fn is_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || is_forbidden(c, false))
    {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.strip_prefix('[') {
        // A bracketed IPv6 address.
        Some(v6) => match v6.split_once(']') {
            Some((address, after)) => {
                let ok = !address.is_empty()
                    && address
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
                if !ok {
                    return false;
                }
                match after.strip_prefix(':') {
                    Some(port) => ("ipv6", Some(port)),
                    None if after.is_empty() => ("ipv6", None),
                    None => return false,
                }
            }
            None => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    // A fully qualified name may end with the root's dot (`example.com.`).
    let host = host.strip_suffix('.').unwrap_or(host);
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    port_ok && host_ok
}

pub(super) fn sources(c: &mut Checker, data: &SeriesData) {
    for (i, s) in data.sources.iter().enumerate() {
        let path = Path::item("sources", i);
        c.text(|| format!("{path}.publisher"), s.publisher());
        c.opt_text(|| format!("{path}.title"), s.title());
        if s.url().len() > MAX_TEXT_BYTES || !is_url(s.url()) {
            c.error(
                format!("{path}.url"),
                ViolationKind::InvalidUrl,
                format!(
                    "url {}: expected an absolute http or https url with a host, without spaces or control characters",
                    shown(s.url())
                ),
            );
        }
        if let Some(tag) = s.language() {
            c.language(|| format!("{path}.language"), tag);
        }
        if let Some(published) = s.published() {
            c.release(|| format!("{path}.published"), published);
        }
        if s.published()
            .is_some_and(|p| p.precision() == Precision::Unannounced)
        {
            c.error(
                format!("{path}.published"),
                ViolationKind::MissingDate,
                "published \"unannounced\": expected a date or leave the field out",
            );
        }
    }
}
