//! `--help` in the reader's language.
//!
//! clap's derive turns doc comments into English help; [`command`] builds the command
//! tree, then replaces every command's about and every argument's help with a message:
//! `cli-about` and `cli-long-about` for the program, `cli-<command>-about` for a command,
//! `cli-<command>-<argument>-help` (and `-long-help`) for an argument; the program's own
//! arguments and global ones (`--lang`) are `cli-<argument>-help`. clap's own words
//! (the help flag, "Usage:", the headings, `[default: …]`) are messages too.
//! [`message_ids`] lists every id the tree needs, so a test catches an argument added
//! without its message.

use clap::builder::PossibleValue;
use clap::{Arg, Command, CommandFactory};

use crate::t;

/// The words clap writes itself, in English, and the message that says them.
const CLAP_OWN: &[(&str, &str)] = &[
    ("Print help", "cli-clap-print-help"), // i18n-ok: clap's own text, matched to find its message
    (
        "Print help (see more with '--help')", // i18n-ok: clap's own text, matched to find its message
        "cli-clap-print-help-more",
    ),
    (
        "Print help (see a summary with '-h')", // i18n-ok: clap's own text, matched to find its message
        "cli-clap-print-help-summary",
    ),
    ("Print version", "cli-clap-print-version"), // i18n-ok: clap's own text, matched to find its message
    (
        "Print this message or the help of the given subcommand(s)", // i18n-ok: clap's own text, matched to find its message
        "cli-clap-print-command-help",
    ),
    (
        "Print help for the subcommand(s)", // i18n-ok: clap's own text, matched to find its message
        "cli-clap-print-command-help",
    ),
];

/// The program's command tree, with its help in the current language.
pub fn command() -> Command {
    let mut english = super::Args::command();
    english.build();
    rewrite(english, "cli", &mut |id, _, arg| match arg {
        None => t!(id),
        Some((name, value)) => {
            let mut args = crate::i18n::FluentArgs::new();
            args.set(name, value);
            crate::i18n::message(id, Some(&args))
        }
    })
}

/// Every message id the help uses, with the English text clap's derive gave it.
pub fn message_ids() -> Vec<(String, String)> {
    let mut english = super::Args::command();
    english.build();
    let mut ids = Vec::new();
    rewrite(english, "cli", &mut |id, text, _| {
        if !ids.iter().any(|(known, _)| known == id) {
            ids.push((id.to_owned(), text.to_owned()));
        }
        text.to_owned()
    });
    ids
}

/// Gives the text of a message: `(id, English text, its one argument)`.
type Texts<'a> = dyn FnMut(&str, &str, Option<(&'static str, String)>) -> String + 'a;

/// The id of a text: clap's own words have theirs, the others follow the scheme.
fn id_for(scheme: String, english: &str) -> String {
    CLAP_OWN
        .iter()
        .find(|(text, _)| *text == english)
        .map_or(scheme, |(_, id)| (*id).to_owned())
}

/// `cmd` (already built, so clap's own flags and `help` command are in it) with each text
/// replaced by `text(id, english)`, and a help template with translated headings.
fn rewrite(mut cmd: Command, prefix: &str, text: &mut Texts<'_>) -> Command {
    if let Some(about) = cmd.get_about().map(ToString::to_string) {
        let id = id_for(format!("{prefix}-about"), &about);
        cmd = cmd.about(text(&id, &about, None));
    }
    if let Some(long) = cmd.get_long_about().map(ToString::to_string) {
        let id = id_for(format!("{prefix}-long-about"), &long);
        cmd = cmd.long_about(text(&id, &long, None));
    }
    let args: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for arg in args {
        cmd = cmd.mut_arg(arg, |a| {
            let own = if a.is_global_set() { "cli" } else { prefix };
            rewrite_arg(a, own, text)
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    // clap's `help` command lists the commands again: they keep their own ids.
    let base = match prefix.strip_suffix("-help") {
        Some(parent) if cmd.get_name() == "help" => parent.to_owned(),
        _ => prefix.to_owned(),
    };
    for name in subcommands {
        let sub_prefix = format!("{base}-{name}");
        cmd = cmd.mut_subcommand(name, |s| rewrite(s, &sub_prefix, text));
    }
    let template = template(&cmd, text);
    cmd.help_template(template)
}

fn rewrite_arg(mut arg: Arg, prefix: &str, text: &mut Texts<'_>) -> Arg {
    let name = arg.get_id().as_str().replace('_', "-");
    let help = arg.get_help().map(|h| {
        let english = h.to_string();
        text(
            &id_for(format!("{prefix}-{name}-help"), &english),
            &english,
            None,
        )
    });
    let long_help = arg.get_long_help().map(|h| {
        let english = h.to_string();
        text(
            &id_for(format!("{prefix}-{name}-long-help"), &english),
            &english,
            None,
        )
    });
    // clap writes `[default: …]` and `[possible values: …]` in English: they are hidden
    // and written into the help instead, in the same place.
    let mut specs = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if arg.get_action().takes_values() && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(" ");
        let english = format!("[default: {value}]"); // i18n-ok: English, for the id list
        specs.push(text("cli-default-value", &english, Some(("value", value))));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .map(str::to_owned)
        .collect();
    if arg.get_action().takes_values() && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let values = values.join(", ");
        let english = format!("[possible values: {values}]"); // i18n-ok: English, for the id list
        specs.push(text(
            "cli-possible-values",
            &english,
            Some(("values", values)),
        ));
        arg = arg.hide_possible_values(true);
    }
    let specs = specs.join(" ");
    let with_specs = |help: String, separator: &str| {
        if specs.is_empty() {
            help
        } else if help.is_empty() {
            specs.clone()
        } else {
            format!("{help}{separator}{specs}")
        }
    };
    if let Some(help) = help.clone() {
        arg = arg.help(with_specs(help, " "));
    } else if !specs.is_empty() {
        arg = arg.help(specs.clone());
    }
    // `--help` puts the specs on a line of their own, as clap does: a long help is needed
    // for that even where the doc comment has one paragraph.
    let long_help = long_help.or(if specs.is_empty() { None } else { help });
    if let Some(long) = long_help {
        arg = arg.long_help(with_specs(long, "\n\n"));
    }
    arg
}

/// clap's default template with the headings written by us: `{all-args}` would write
/// "Commands:", "Arguments:" and "Options:" in English.
fn template(cmd: &Command, text: &mut Texts<'_>) -> String {
    let styles = cmd.get_styles();
    let header = styles.get_header();
    let usage = styles.get_usage();
    let heading = |words: String| format!("{}{words}{}\n", header.render(), header.render_reset());
    // clap's English words are given for the id list only; the reader gets the messages.
    let commands = text("cli-heading-commands", "Commands:", None); // i18n-ok: see above
    let arguments = text("cli-heading-arguments", "Arguments:", None); // i18n-ok: see above
    let options = text("cli-heading-options", "Options:", None); // i18n-ok: see above
    let usage_words = text("cli-usage-heading", "Usage:", None); // i18n-ok: see above
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(heading(commands) + "{subcommands}");
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(heading(arguments) + "{positionals}");
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(heading(options) + "{options}");
    }
    let usage_heading = format!("{}{usage_words}{}", usage.render(), usage.render_reset());
    if sections.is_empty() {
        format!("{{before-help}}{{about-with-newline}}\n{usage_heading} {{usage}}{{after-help}}")
    } else {
        format!(
            "{{before-help}}{{about-with-newline}}\n{usage_heading} {{usage}}\n\n{}{{after-help}}",
            sections.join("\n\n")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// An argument or command added without its message is caught here.
    #[test]
    fn every_help_text_has_a_message_in_every_language() {
        let ids = message_ids();
        assert!(ids.len() > 30, "{ids:?}");
        let mut missing = Vec::new();
        for lang in Lang::all() {
            let known = i18n::message_ids(lang);
            for (id, english) in &ids {
                if !known.contains(id) {
                    missing.push(format!("{}: {id} ({english:?})", lang.code()));
                }
            }
        }
        assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    }

    /// English help reads as clap's derive wrote it.
    #[test]
    fn english_messages_are_the_doc_comments() {
        let english: Vec<(String, String)> = i18n::with(Lang::ENGLISH, message_ids);
        for (id, text) in english {
            if !text.is_empty() && !id.starts_with("cli-default") && !id.starts_with("cli-possible")
            {
                assert_eq!(i18n::message_in(Lang::ENGLISH, &id, None), text, "{id}");
            }
        }
    }

    #[test]
    fn french_help_is_french() {
        let help = i18n::with(Lang::french(), || command().render_long_help().to_string());
        assert!(help.contains("Utilisation\u{a0}:"), "{help}");
        assert!(help.contains("Afficher l’aide"), "{help}");
        let grade = i18n::with(Lang::french(), || {
            command()
                .find_subcommand_mut("grade")
                .map(|c| c.render_help().to_string())
                .unwrap_or_default()
        });
        assert!(grade.contains("[par défaut\u{a0}: grades]"), "{grade}");
        assert!(grade.contains("Le corrigé (.ron)"), "{grade}");
    }
}
