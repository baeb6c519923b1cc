//! Which line ending each kind of file Marginalia writes uses, decided here once, the same
//! on every system (a gradebook written on Linux is opened in Excel on Windows):
//!
//! * **CSV** (gradebook, annotations, LMS import files): CRLF between records, as RFC 4180
//!   says and as Excel writes them itself. Every reader takes it: Excel, LibreOffice,
//!   Numbers, Google Sheets, and the importers of Canvas, Moodle, Brightspace and Google
//!   Classroom. A line break *inside* a cell (a note of several lines) stays LF, inside
//!   its quotes, which spreadsheets show as a line break in the cell.
//! * **HTML** (feedback pages, class summary, project page): LF. Browsers treat every line
//!   ending alike, and the pages are read, not edited.
//! * **Projects and the other RON files** (recovery copies, the teacher's comments): LF, as
//!   `ron` writes them, so a file saved on Windows and on Linux is the same bytes
//!   (and diffs stay clean); Notepad has read LF files since Windows 10 (2018).

/// A line ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnding {
    Lf,
    CrLf,
}

/// The kinds of files written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Html,
    Ron,
}

/// The line ending of a kind of file (see the module doc for why).
pub const fn line_ending(kind: FileKind) -> LineEnding {
    match kind {
        FileKind::Csv => LineEnding::CrLf,
        FileKind::Html | FileKind::Ron => LineEnding::Lf,
    }
}

/// A CSV writer into memory that ends records as [`line_ending`] says for CSV.
pub fn csv_writer() -> csv::Writer<Vec<u8>> {
    let terminator = match line_ending(FileKind::Csv) {
        LineEnding::CrLf => csv::Terminator::CRLF,
        LineEnding::Lf => csv::Terminator::Any(b'\n'),
    };
    csv::WriterBuilder::new()
        .terminator(terminator)
        .from_writer(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_records_end_in_crlf_and_cells_keep_their_own_newlines() {
        let mut w = csv_writer();
        w.write_record(["name", "note"]).unwrap();
        w.write_record(["Ana", "line one\nline two"]).unwrap();
        let bytes = w.into_inner().unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "name,note\r\nAna,\"line one\nline two\"\r\n"
        );
    }

    #[test]
    fn html_and_ron_use_lf() {
        assert_eq!(line_ending(FileKind::Html), LineEnding::Lf);
        assert_eq!(line_ending(FileKind::Ron), LineEnding::Lf);
        assert_eq!(line_ending(FileKind::Csv), LineEnding::CrLf);
    }
}
