//! EPUB e-books and saved long-reads: the chapters in reading order (the spine), each
//! read as a web page, with the title, authors, publisher, date and language of the
//! package metadata.

use crate::t;
use std::collections::HashMap;

use super::DocumentText;
use super::archive::Archive;
use super::xml::{XmlEvent, attr, walk};
use crate::import::ImportError;
use crate::import::html;
use crate::model::Provenance;

const FORMAT: &str = "an EPUB book";
/// More chapters than any book has.
const MAX_CHAPTERS: usize = 5_000;

pub fn read(bytes: &[u8]) -> Result<DocumentText, ImportError> {
    let mut archive = Archive::open(bytes, FORMAT)?;
    let damaged = |detail: &str| ImportError::Damaged {
        path: None,
        format: FORMAT,
        detail: detail.to_owned(),
    };
    let container = archive.require_text("META-INF/container.xml", "")?;
    let mut package_path: Option<String> = None;
    walk(&container, FORMAT, "META-INF/container.xml", |event| {
        if let XmlEvent::Open {
            name: "rootfile",
            attrs,
            ..
        } = event
            && package_path.is_none()
        {
            package_path = attr(&attrs, "full-path").map(str::to_owned);
        }
    })?;
    let package_path = package_path.ok_or_else(|| damaged(&t!("import-epub-no-package")))?;
    let package = archive.read_text(&package_path)?.ok_or_else(|| {
        damaged(&t!(
            "import-epub-package-missing",
            path = package_path.as_str()
        ))
    })?;
    let base = package_path
        .rsplit_once('/')
        .map(|(dir, _)| format!("{dir}/"))
        .unwrap_or_default();
    let book = read_package(&package, &package_path)?;

    let mut chapters = Vec::new();
    for idref in book.spine.iter().take(MAX_CHAPTERS) {
        let Some((href, media_type)) = book.manifest.get(idref) else {
            continue;
        };
        if !media_type.contains("html") {
            continue;
        }
        let path = resolve(&base, href);
        if let Some(bytes) = archive.read(&path)? {
            let page = crate::import::decode(&bytes)?;
            let text = html::read(&page.text).text;
            if !text.trim().is_empty() {
                chapters.push(text);
            }
        }
    }
    let count = chapters.len();
    Ok(DocumentText {
        text: chapters.join("\n\n"),
        title: book.title,
        provenance: book.provenance,
        description: t!("import-described-epub", chapters = count),
    })
}

struct Package {
    title: Option<String>,
    provenance: Provenance,
    /// id → (href, media type)
    manifest: HashMap<String, (String, String)>,
    spine: Vec<String>,
}

fn read_package(xml: &str, part: &str) -> Result<Package, ImportError> {
    let mut book = Package {
        title: None,
        provenance: Provenance::default(),
        manifest: HashMap::new(),
        spine: Vec::new(),
    };
    let mut in_metadata = false;
    let mut field: Option<String> = None;
    let mut buffer = String::new();
    walk(xml, FORMAT, part, |event| match event {
        XmlEvent::Open { name, attrs, empty } => match name {
            "metadata" => in_metadata = true,
            "item" => {
                if let (Some(id), Some(href)) = (attr(&attrs, "id"), attr(&attrs, "href")) {
                    let media = attr(&attrs, "media-type").unwrap_or_default().to_owned();
                    book.manifest
                        .insert(id.to_owned(), (href.to_owned(), media));
                }
            }
            "itemref" => {
                if let Some(id) = attr(&attrs, "idref") {
                    book.spine.push(id.to_owned());
                }
            }
            _ if in_metadata && !empty => {
                field = Some(name.to_owned());
                buffer.clear();
            }
            _ => {}
        },
        XmlEvent::Text(text) => {
            if field.is_some() {
                buffer.push_str(&text);
            }
        }
        XmlEvent::Close { name } => {
            if name == "metadata" {
                in_metadata = false;
            }
            if field.as_deref() == Some(name) {
                let value = crate::text::collapse_spaces(&buffer);
                if !value.is_empty() {
                    let p = &mut book.provenance;
                    match name {
                        "title" if book.title.is_none() => book.title = Some(value),
                        "creator" => p.authors.push(value),
                        "publisher" if p.outlet.is_none() => p.outlet = Some(value),
                        "date" if p.published.is_none() => {
                            p.published = Some(value.chars().take(10).collect())
                        }
                        "language" if p.language.is_none() => p.language = Some(value),
                        "source" | "identifier" if p.url.is_none() && value.starts_with("http") => {
                            p.url = Some(value);
                        }
                        _ => {}
                    }
                }
                field = None;
            }
        }
    })?;
    Ok(book)
}

/// `href` (relative to the package file, percent-encoded) as a path inside the archive.
fn resolve(base: &str, href: &str) -> String {
    let href = href.split('#').next().unwrap_or_default();
    let mut parts: Vec<String> = base
        .split('/')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    for piece in percent_decode(href).split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other.to_owned()),
        }
    }
    parts.join("/")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_resolve_inside_the_archive() {
        assert_eq!(
            resolve("OEBPS/", "text/ch%201.xhtml#top"),
            "OEBPS/text/ch 1.xhtml"
        );
        assert_eq!(resolve("OEBPS/text/", "../ch2.xhtml"), "OEBPS/ch2.xhtml");
        assert_eq!(resolve("", "../../x.html"), "x.html");
    }
}
