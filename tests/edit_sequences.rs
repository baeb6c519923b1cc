//! Random edit sequences: every step keeps the invariants, a refused edit changes nothing,
//! undoing everything gives back the original project and redoing everything the final
//! one, state by state.

#![allow(clippy::unwrap_used)]

mod common;

use marginalia::edit::build::{self, OrphanPolicy};
use marginalia::edit::{Edit, EditError, History};
use marginalia::model::{ArticleId, Project, Rgb, Tag};
use marginalia::text::ByteRange;
use proptest::prelude::*;
use proptest::sample::Index;

use common::{project_from_markup, t0};

fn article() -> ArticleId {
    ArticleId("a".into())
}

/// What a person does, with indices resolved against the project at that moment.
#[derive(Clone, Debug)]
enum Step {
    Add {
        start: Index,
        end: Index,
        tag: Index,
    },
    Retag {
        annotation: Index,
        tag: Index,
    },
    SetNote {
        annotation: Index,
        note: String,
    },
    Resize {
        annotation: Index,
        start: Index,
        end: Index,
    },
    Remove {
        annotation: Index,
    },
    AddTag {
        id: u8,
        name: String,
        key: Option<char>,
    },
    UpdateTag {
        tag: Index,
        name: String,
        key: Option<char>,
    },
    MoveTag {
        tag: Index,
        to: Index,
    },
    RemoveTag {
        tag: Index,
        policy: u8,
        to: Index,
    },
}

/// Non-ASCII on purpose: a combining accent, a ZWJ family, Cyrillic, CJK, CRLF.
fn text() -> impl Strategy<Value = String> {
    "[a-zé😀 ]{0,6}|Зоя «нет»|cafe\u{301}|👩\u{200D}👩\u{200D}👧|東京|\r\n"
}

/// Keys from a small set, so two tags sometimes want the same key.
fn key() -> impl Strategy<Value = Option<char>> {
    proptest::option::of(proptest::sample::select(vec!['1', '2', '5', 'ж', 'q']))
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(start, end, tag)| Step::Add { start, end, tag }),
        1 => (any::<Index>(), any::<Index>())
            .prop_map(|(annotation, tag)| Step::Retag { annotation, tag }),
        1 => (any::<Index>(), text())
            .prop_map(|(annotation, note)| Step::SetNote { annotation, note }),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(
            |(annotation, start, end)| Step::Resize { annotation, start, end }
        ),
        1 => any::<Index>().prop_map(|annotation| Step::Remove { annotation }),
        1 => (0u8..4, text(), key()).prop_map(|(id, name, key)| Step::AddTag { id, name, key }),
        1 => (any::<Index>(), text(), key())
            .prop_map(|(tag, name, key)| Step::UpdateTag { tag, name, key }),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(tag, to)| Step::MoveTag { tag, to }),
        1 => (any::<Index>(), 0u8..3, any::<Index>())
            .prop_map(|(tag, policy, to)| Step::RemoveTag { tag, policy, to }),
    ]
}

/// The edit for `step` on `p`, or the constructor's refusal.
fn edit_for(p: &Project, step: &Step) -> Result<Edit, EditError> {
    let len = p.article(&article()).map_or(0, |a| a.text().len());
    let at = |i: &Index| i.index(len + 1);
    let annotation = |i: &Index| {
        let all = p.annotations();
        all.get(i.index(all.len().max(1)))
            .map(|a| a.id)
            .ok_or(EditError::EmptySelection)
    };
    let tags = p.tags().as_slice();
    let tag = |i: &Index| {
        tags.get(i.index(tags.len().max(1)))
            .cloned()
            .ok_or(EditError::BadIndex(0))
    };
    match step {
        Step::Add { start, end, tag: t } => build::add_annotation(
            p,
            &article(),
            ByteRange::new(at(start), at(end)),
            &tag(t)?.id,
            "Ана",
            t0(),
        ),
        Step::Retag {
            annotation: a,
            tag: t,
        } => build::retag(p, annotation(a)?, &tag(t)?.id, t0()),
        Step::SetNote {
            annotation: a,
            note,
        } => build::set_note(p, annotation(a)?, note, t0()),
        Step::Resize {
            annotation: a,
            start,
            end,
        } => build::resize(p, annotation(a)?, ByteRange::new(at(start), at(end)), t0()),
        Step::Remove { annotation: a } => build::remove_annotation(p, annotation(a)?),
        Step::AddTag { id, name, key } => Ok(build::add_tag(
            p,
            Tag::new(
                &format!("tag-{id}"),
                name,
                "Определение.",
                Rgb(0, 114, 178),
                *key,
            ),
        )),
        Step::UpdateTag { tag: t, name, key } => {
            let mut after = tag(t)?;
            after.name = name.clone();
            after.key = *key;
            build::update_tag(p, after)
        }
        Step::MoveTag { tag: t, to } => {
            build::move_tag(p, &tag(t)?.id, to.index(tags.len().max(1)))
        }
        Step::RemoveTag { tag: t, policy, to } => {
            let policy = match policy {
                0 => OrphanPolicy::Refuse,
                1 => OrphanPolicy::RetagTo(tag(to)?.id),
                _ => OrphanPolicy::Delete,
            };
            build::remove_tag(p, &tag(t)?.id, policy, t0())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_gives_the_original_and_redo_all_the_final(steps in proptest::collection::vec(step(), 1..40)) {
        let original = project_from_markup(
            "[claim:Café owner Zoë] says cafe\u{301} prices 👩\u{200D}👩\u{200D}👧 fell.\n\n\
             Зоя сказала «[rebuttal:нет]». 東京 [framing:reacted] quickly. Donate now!",
        );
        let mut project = original.clone();
        let mut history = History::new();
        // states[k]: the project after k applied edits.
        let mut states = vec![original.clone()];
        for step in &steps {
            let Ok(edit) = edit_for(&project, step) else { continue };
            let before = project.clone();
            match history.apply(&mut project, edit) {
                Ok(()) => states.push(project.clone()),
                Err(_) => prop_assert_eq!(&project, &before, "a refused edit changed the project"),
            }
            prop_assert_eq!(project.check_invariants(), vec![], "after {:?}", step);
        }
        let last = states.len() - 1;
        for k in (0..last).rev() {
            prop_assert!(history.undo(&mut project).unwrap().is_some());
            prop_assert_eq!(project.check_invariants(), vec![]);
            prop_assert_eq!(&project, &states[k], "undo back to state {}", k);
        }
        prop_assert!(!history.can_undo());
        prop_assert_eq!(&project, &original);
        prop_assert!(!history.is_dirty());
        for (k, state) in states.iter().enumerate().skip(1) {
            prop_assert!(history.redo(&mut project).unwrap().is_some());
            prop_assert_eq!(project.check_invariants(), vec![]);
            prop_assert_eq!(&project, state, "redo to state {}", k);
        }
        prop_assert!(!history.can_redo());
        prop_assert_eq!(&project, &states[last]);
    }
}
