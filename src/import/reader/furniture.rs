//! Page furniture the library keeps after an article: "Related stories", tags, share
//! bars, comment forms.

/// Short lines that open the page's furniture after an article: related stories, tags,
/// share bars, comment forms. (Not copyright lines: "© Reuters" says whose story it is.)
/// Lower-case, matched at the start of a line.
const TAIL_MARKERS: &[&str] = &[
    "you may also like",
    "you may also be interested",
    "you might also like",
    "you might like",
    "related",
    "read next",
    "more stories",
    "more from",
    "more in ",
    "more on ",
    "recommended",
    "most popular",
    "most read",
    "trending",
    "popular posts",
    "latest news",
    "latest posts",
    "sponsored",
    "like this story",
    "tell us what you think",
    "share this",
    "share on",
    "tags",
    "tagged",
    "filed under",
    "comments",
    "leave a comment",
    "leave a reply",
    "about the author",
    "previous next",
    "previous article",
    "next article",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "articles similaires",
    "vous aimerez",
    "les plus lus",
    "leia também",
    "veja também",
    "notícias relacionadas",
    "relacionad",
    "artículos relacionados",
    "te puede interesar",
    "mehr zum thema",
    "das könnte sie",
    "weitere artikel",
    "terkait",
    "baca juga",
    "関連記事",
    "タグ",
];

/// The article without a trailing run of page furniture that starts at a marker line
/// ("Related stories", "Tags: …", "© 2019 …"). Cut only where nothing after the marker
/// reads like article prose (a paragraph of 30 words or more) and the marker comes after
/// most of the article, so a subheading like "Related research" inside an article stays.
pub(super) fn without_trailing_furniture(article: &str) -> String {
    let article = before_repeated_share_bars(article);
    let article = article.as_str();
    let lines: Vec<&str> = article.lines().collect();
    let total: usize = article.split_whitespace().count();
    let mut words_before = 0usize;
    let mut cut = None;
    for (i, line) in lines.iter().enumerate() {
        let lower = line
            .trim()
            .trim_start_matches(['•', '-', '*', ' '])
            .to_lowercase();
        let words = line.split_whitespace().count();
        let is_marker = (TAIL_MARKERS.iter().any(|m| lower.starts_with(m))
            && (words <= 8 || lower.contains(':')))
            || is_share_bar(&lower);
        if is_marker && words_before * 2 >= total {
            let rest = lines.get(i + 1..).unwrap_or_default();
            let prose = rest.iter().any(|l| l.split_whitespace().count() >= 30);
            if !prose {
                cut = Some(i);
                break;
            }
        }
        words_before += words;
    }
    match cut {
        Some(i) => lines
            .get(..i)
            .unwrap_or_default()
            .join("\n")
            .trim_end()
            .to_owned(),
        None => article.to_owned(),
    }
}

/// Names on share buttons, lower-case.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "pint",
    "reddit",
    "tumblr",
    "email",
    "e-mail",
    "print",
    "google+",
    "messenger",
    "vk",
    "share",
    "tweet",
];

/// A line made of share buttons only ("Facebook Twitter Google+ Whatsapp"), two at least.
fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2 && words.iter().all(|w| SHARE_WORDS.contains(w))
}

/// A line that is mostly share buttons: two at least, and most of its words.
fn is_mostly_share_buttons(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let buttons = words.iter().filter(|w| SHARE_WORDS.contains(w)).count();
    words.len() <= 8 && buttons >= 2 && buttons * 5 >= words.len() * 3
}

/// How many times one share bar must repeat for the page to be a list of posts, each
/// with its own bar. (An article has one above it, one below, maybe one in the middle.)
const LISTING_BARS: usize = 4;

/// A page that is a list of posts, each followed by the same share bar (a blog's front
/// page saved from a post's address): the article is what comes before the second bar.
fn before_repeated_share_bars(article: &str) -> String {
    let lines: Vec<&str> = article.lines().collect();
    let bars: Vec<usize> = (0..lines.len())
        .filter(|&i| is_mostly_share_buttons(&lines[i].trim().to_lowercase()))
        .collect();
    let Some(&first) = bars.first() else {
        return article.to_owned();
    };
    let same: Vec<usize> = bars
        .iter()
        .copied()
        .filter(|&i| lines[i].trim() == lines[first].trim())
        .collect();
    match same.get(1) {
        Some(&second) if same.len() >= LISTING_BARS => lines
            .get(..second)
            .unwrap_or_default()
            .join("\n")
            .trim_end()
            .to_owned(),
        _ => article.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "The council voted on Tuesday to close the bridge for repairs.\n\n\
        Repairs will take two years, the mayor said, and cost more than planned.";

    #[test]
    fn a_related_list_after_the_article_is_cut() {
        let page = format!("{ARTICLE}\n\nRelated stories\n• Storm hits coast\n• Five things");
        assert_eq!(without_trailing_furniture(&page), ARTICLE);
        let tags = format!("{ARTICLE}\n\nFiled under china, bridges, councils");
        assert_eq!(without_trailing_furniture(&tags), ARTICLE);
        let share =
            format!("{ARTICLE}\n\nFacebook Twitter Google+ Whatsapp\n\nAddress of the paper");
        assert_eq!(without_trailing_furniture(&share), ARTICLE);
    }

    #[test]
    fn a_list_of_posts_each_with_its_share_bar_keeps_the_first_post() {
        let bar = "Whatsapp   Facebook   Pint   Baixar";
        let post =
            |n: usize| format!("Post {n}: a long enough line of text about one thing or another.");
        let page = format!(
            "Title\n\n{bar}\n\n{}\n\n{bar}\n\n{}\n\n{bar}\n\n{}\n\n{bar}\n\n{}",
            post(1),
            post(2),
            post(3),
            post(4)
        );
        assert_eq!(
            without_trailing_furniture(&page),
            format!("Title\n\n{bar}\n\n{}", post(1))
        );
        // Above, in the middle and below one article: not a list of posts.
        let article = format!(
            "{bar}\n\n{ARTICLE}\n\n{bar}\n\nMore of the article, a second part of it.\n\n{bar}"
        );
        assert!(without_trailing_furniture(&article).contains("a second part of it"));
    }

    #[test]
    fn prose_after_a_marker_or_a_marker_early_on_keeps_everything() {
        let appeal = format!(
            "{ARTICLE}\n\nShare this\n\nIndependent journalism needs you. Every month thousands \
             of readers like you chip in so that our reporting stays free for everyone who \
             needs it, in every town and city, and we would be grateful for your support today."
        );
        assert_eq!(without_trailing_furniture(&appeal), appeal);
        let heading = format!("Related research\n\n{ARTICLE}\n\nA short last line");
        assert_eq!(without_trailing_furniture(&heading), heading);
        // A copyright line says whose story it is.
        let credit = format!("{ARTICLE}\n\n© Reuters");
        assert_eq!(without_trailing_furniture(&credit), credit);
    }
}
