//! A student's edits, undo and redo, on the model alone.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test helpers and property strategies; slices at found positions

mod common;

use common::{project_from_markup, t0, to_markup};
use marginalia::edit::build::{self, OrphanPolicy};
use marginalia::edit::{Edit, EditError, History};
use marginalia::model::{AnnotationId, ArticleId, Rgb, Tag, TagId};
use marginalia::text::ByteRange;

fn article() -> ArticleId {
    ArticleId("a".into())
}

#[test]
fn student_tags_retags_notes_and_undoes() {
    let mut project =
        project_from_markup("Officials said the [claim:bridge is safe]. Critics disagree.");
    let mut history = History::new();
    let text = project.article(&article()).unwrap().text().to_owned();
    let start = text.find("Critics").unwrap();
    // Selection drags one space too far on both sides: trimmed.
    let add = build::add_annotation(
        &project,
        &article(),
        ByteRange::new(start - 1, text.len()),
        &TagId("rebuttal".into()),
        "Ana",
        t0(),
    )
    .unwrap();
    history.apply(&mut project, add).unwrap();
    assert_eq!(
        to_markup(&project, "a"),
        "Officials said the [claim:bridge is safe]. [rebuttal:Critics disagree.]"
    );
    let id = AnnotationId(2);
    let retag = build::retag(&project, id, &TagId("framing".into()), t0()).unwrap();
    history.apply(&mut project, retag).unwrap();
    let note = build::set_note(&project, id, "loaded\r\nword", t0()).unwrap();
    history.apply(&mut project, note).unwrap();
    assert_eq!(project.annotation(id).unwrap().note, "loaded\nword");
    assert!(history.is_dirty());

    assert_eq!(
        history.undo(&mut project).unwrap().as_deref(),
        Some("edit note")
    );
    assert_eq!(
        history.undo(&mut project).unwrap().as_deref(),
        Some("retag")
    );
    assert_eq!(
        project.annotation(id).unwrap().tag,
        TagId("rebuttal".into())
    );
    assert_eq!(
        history.redo(&mut project).unwrap().as_deref(),
        Some("retag")
    );
    assert_eq!(project.annotation(id).unwrap().tag, TagId("framing".into()));
    // A new edit clears the redo stack.
    let remove = build::remove_annotation(&project, id).unwrap();
    history.apply(&mut project, remove).unwrap();
    assert!(!history.can_redo());
    assert_eq!(
        to_markup(&project, "a"),
        "Officials said the [claim:bridge is safe]. Critics disagree."
    );
    while history.can_undo() {
        history.undo(&mut project).unwrap();
    }
    assert_eq!(
        project,
        project_from_markup("Officials said the [claim:bridge is safe]. Critics disagree.")
    );
    assert!(
        !history.is_dirty(),
        "undoing everything returns to the saved state"
    );
}

#[test]
fn undo_of_every_edit_restores_the_project_exactly() {
    let base = project_from_markup(
        "[claim:Один] два [framing:👩‍👩‍👧 cafe\u{301}] три [boilerplate:Donate now!]",
    );
    let p = &base;
    let new_tag = Tag::new(
        "quote",
        "Quote",
        "A direct quotation.",
        Rgb(0, 158, 115),
        Some('5'),
    );
    let mut renamed = p.tags().get(&TagId("claim".into())).unwrap().clone();
    renamed.name = "Assertion".into();
    let edits: Vec<Edit> = vec![
        build::add_annotation(
            p,
            &article(),
            ByteRange::new(0, 3),
            &TagId("rebuttal".into()),
            "x",
            t0(),
        )
        .unwrap(),
        build::remove_annotation(p, AnnotationId(1)).unwrap(),
        build::retag(p, AnnotationId(2), &TagId("claim".into()), t0()).unwrap(),
        build::resize(p, AnnotationId(3), ByteRange::new(0, 8), t0()).unwrap(),
        build::set_note(p, AnnotationId(3), "ask for money", t0()).unwrap(),
        build::add_tag(p, new_tag),
        build::update_tag(p, renamed).unwrap(),
        build::move_tag(p, &TagId("boilerplate".into()), 0).unwrap(),
        build::remove_tag(
            p,
            &TagId("framing".into()),
            OrphanPolicy::RetagTo(TagId("claim".into())),
            t0(),
        )
        .unwrap(),
        build::remove_tag(p, &TagId("framing".into()), OrphanPolicy::Delete, t0()).unwrap(),
        build::remove_article(p, &article()).unwrap(),
    ];
    for edit in edits {
        let mut project = base.clone();
        edit.apply(&mut project).unwrap();
        assert!(project.check_invariants().is_empty());
        assert_ne!(project, base, "{} changed nothing", edit.label());
        edit.invert().apply(&mut project).unwrap();
        assert_eq!(project, base, "undo of {} is exact", edit.label());
    }
}

#[test]
fn refuses_what_would_break_the_project() {
    let p = project_from_markup("Some [claim:text] here, 👩‍👩‍👧.");
    let tag = TagId("claim".into());
    let only_space = build::add_annotation(&p, &article(), ByteRange::new(0, 0), &tag, "x", t0());
    assert_eq!(only_space, Err(EditError::EmptySelection));
    let blank = build::add_annotation(&p, &article(), ByteRange::new(4, 5), &tag, "x", t0());
    assert_eq!(blank, Err(EditError::EmptySelection));
    let past = build::add_annotation(&p, &article(), ByteRange::new(0, 999), &tag, "x", t0());
    assert_eq!(past, Err(EditError::OutOfRange));
    let unknown = build::add_annotation(
        &p,
        &article(),
        ByteRange::new(0, 4),
        &TagId("nope".into()),
        "x",
        t0(),
    );
    assert_eq!(unknown, Err(EditError::NoSuchTag(TagId("nope".into()))));
    // A selection inside the emoji family snaps out to the whole family.
    let text = p.article(&article()).unwrap().text();
    let family = text.find('👩').unwrap();
    let Edit::AddAnnotation(a) = build::add_annotation(
        &p,
        &article(),
        ByteRange::new(family + 5, family + 6),
        &tag,
        "x",
        t0(),
    )
    .unwrap() else {
        panic!("expected an added annotation")
    };
    assert_eq!(&text[a.range.as_std()], "👩‍👩‍👧");
    // A raw edit that splits a character is refused by apply itself.
    let mut bad = a.clone();
    bad.range = ByteRange::new(family + 4, family + 11);
    let mut q = p.clone();
    assert_eq!(
        Edit::AddAnnotation(bad).apply(&mut q),
        Err(EditError::SplitsCharacter)
    );
    assert_eq!(q, p, "a refused edit changes nothing");
    // Removing a tag in use needs a decision.
    assert_eq!(
        build::remove_tag(&p, &tag, OrphanPolicy::Refuse, t0()),
        Err(EditError::TagInUse(tag.clone(), 1))
    );
    // Two tags on one key are refused.
    let clash = Tag::new("x", "X", "", Rgb(0, 0, 0), Some('1'));
    let mut q = p.clone();
    assert!(matches!(
        build::add_tag(&p, clash).apply(&mut q),
        Err(EditError::KeyTaken { key: '1', .. })
    ));
}

#[test]
fn batch_rolls_back_when_a_step_fails() {
    let p = project_from_markup("[claim:one] two");
    let good = build::retag(&p, AnnotationId(1), &TagId("framing".into()), t0()).unwrap();
    let batch = Edit::Batch {
        label: "two steps".into(),
        edits: vec![good, build::remove_annotation(&p, AnnotationId(1)).unwrap()],
    };
    let mut q = p.clone();
    // The second step is stale once the first has retagged the annotation.
    assert_eq!(
        batch.apply(&mut q),
        Err(EditError::StaleAnnotation(AnnotationId(1)))
    );
    assert_eq!(q, p);
}

#[test]
fn overlapping_spans_are_allowed() {
    let p = project_from_markup("[claim:The minister said] it.");
    let mut q = p.clone();
    build::add_annotation(
        &q,
        &article(),
        ByteRange::new(4, 12),
        &TagId("framing".into()),
        "x",
        t0(),
    )
    .unwrap()
    .apply(&mut q)
    .unwrap();
    assert_eq!(q.annotations().len(), 2);
    assert!(q.check_invariants().is_empty());
}
