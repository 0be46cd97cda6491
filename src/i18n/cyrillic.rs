//! Serbian in Cyrillic, generated from the Latin catalogue: each letter of the catalogue's
//! own words is transliterated (Serbian's Latin and Cyrillic alphabets map one to one, with
//! the digraphs lj, nj and dž), while what is not Serbian prose stays as written — values put
//! into messages (scenario names, ids, numbers), acronyms (BCP, MSEL, UNHCR), code between
//! backticks, file names, options and times such as `T+6h`.

use std::borrow::Cow;

/// The Cyrillic of a Latin text element of the Serbian catalogue (Fluent hands every text
/// element of a pattern to this, never the values put into it).
pub fn transliterate(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(code) = code_span(rest) {
            out.push_str(code);
            rest = &rest[code.len()..];
            continue;
        }
        let end = rest
            .char_indices()
            .find(|&(i, c)| c.is_whitespace() || (i > 0 && c == '`'))
            .map_or(rest.len(), |(i, _)| i);
        let (token, after) = if end == 0 {
            let width = rest.chars().next().map_or(1, char::len_utf8);
            rest.split_at(width)
        } else {
            rest.split_at(end)
        };
        if is_code(token) || is_foreign(token) {
            out.push_str(token);
        } else {
            word_runs(token, &mut out);
        }
        rest = after;
    }
    Cow::Owned(out)
}

/// A code span at the start of `text`: a backtick, text that hugs it (no space after the
/// opening one or before the closing one), a backtick. "` to `" between two quoted values is
/// prose, not code.
fn code_span(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('`')?;
    let close = inner.find('`')?;
    let body = &inner[..close];
    let hugs = !body.is_empty()
        && !body.starts_with(char::is_whitespace)
        && !body.ends_with(char::is_whitespace);
    hugs.then(|| &text[..close + 2])
}

/// Whether a word is not Serbian prose: ids, options, paths, file names, times, numbers.
fn is_code(token: &str) -> bool {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    token.starts_with("--")
        || word.chars().any(|c| c.is_ascii_digit())
        || word.contains([
            '_', '/', '\\', '=', '$', '@', '(', ')', '{', '}', '[', ']', '<', '>',
        ])
        || word.contains(':')
        || word.contains('.')
}

/// Whether a word is foreign (`Wi-Fi`, `Excel`): Serbian has no q, w, x or y.
fn is_foreign(token: &str) -> bool {
    token
        .chars()
        .any(|c| matches!(c.to_ascii_lowercase(), 'q' | 'w' | 'x' | 'y'))
}

/// Each run of letters of `token` transliterated unless it is an acronym or not Serbian
/// Latin; everything else as it is.
fn word_runs(token: &str, out: &mut String) {
    let mut run = String::new();
    for c in token.chars() {
        if c.is_alphabetic() {
            run.push(c);
        } else {
            flush(&mut run, out);
            out.push(c);
        }
    }
    flush(&mut run, out);
}

fn flush(run: &mut String, out: &mut String) {
    if run.is_empty() {
        return;
    }
    let acronym = run.chars().count() > 1 && run.chars().all(|c| c.is_uppercase());
    let foreign = run
        .chars()
        .any(|c| matches!(c.to_ascii_lowercase(), 'q' | 'w' | 'x' | 'y'));
    if acronym || foreign || !run.chars().all(is_serbian_latin) {
        out.push_str(run);
    } else {
        word(run, out);
    }
    run.clear();
}

fn is_serbian_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || "čćđšžČĆĐŠŽ".contains(c)
}

/// One Serbian word in Cyrillic.
fn word(latin: &str, out: &mut String) {
    let chars: Vec<char> = latin.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair = chars.get(i + 1).map(|next| (chars[i], *next));
        let digraph = match pair {
            Some(('l' | 'L', 'j' | 'J'))
            | Some(('n' | 'N', 'j' | 'J'))
            | Some(('d' | 'D', 'ž' | 'Ž')) => {
                // "Lj" and "LJ" are one capital letter.
                let upper = chars[i].is_uppercase();
                Some(match (chars[i].to_ascii_lowercase(), upper) {
                    ('l', false) => 'љ',
                    ('l', true) => 'Љ',
                    ('n', false) => 'њ',
                    ('n', true) => 'Њ',
                    (_, false) => 'џ',
                    (_, true) => 'Џ',
                })
            }
            _ => None,
        };
        if let Some(c) = digraph {
            out.push(c);
            i += 2;
            continue;
        }
        out.push(letter(chars[i]));
        i += 1;
    }
}

/// The Cyrillic letter of one Latin letter (one that is not part of a digraph).
fn letter(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let cyrillic = match lower {
        'a' => 'а',
        'b' => 'б',
        'c' => 'ц',
        'č' => 'ч',
        'ć' => 'ћ',
        'd' => 'д',
        'đ' => 'ђ',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'h' => 'х',
        'i' => 'и',
        'j' => 'ј',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'r' => 'р',
        's' => 'с',
        'š' => 'ш',
        't' => 'т',
        'u' => 'у',
        'v' => 'в',
        'z' => 'з',
        'ž' => 'ж',
        other => other,
    };
    if c.is_uppercase() {
        cyrillic.to_uppercase().next().unwrap_or(cyrillic)
    } else {
        cyrillic
    }
}

#[cfg(test)]
mod tests {
    use super::transliterate;

    #[test]
    fn serbian_words_are_written_in_cyrillic_with_digraphs_as_one_letter() {
        assert_eq!(
            transliterate("Ljudi čekaju na prelazu"),
            "Људи чекају на прелазу"
        );
        assert_eq!(
            transliterate("Njihova džamija, đak, ćevap"),
            "Њихова џамија, ђак, ћевап"
        );
        assert_eq!(
            transliterate("LJUBAV"),
            "LJUBAV",
            "an all-capital word is an acronym"
        );
    }

    #[test]
    fn acronyms_ids_code_options_and_times_stay_as_written() {
        assert_eq!(transliterate("prijem u BCP i MSEL"), "пријем у BCP и MSEL");
        assert_eq!(
            transliterate("napišite `Some(2000)` ili `None` u T+6h, --force, docs/a.md"),
            "напишите `Some(2000)` или `None` у T+6h, --force, docs/a.md"
        );
        assert_eq!(
            transliterate("polje reception_needs_approval nije `mode: Bus(\"fleet\")`"),
            "поље reception_needs_approval није `mode: Bus(\"fleet\")`"
        );
        // Between two quoted values (`{ $a }` i `{ $b }`) the words are prose.
        assert_eq!(transliterate("` i `"), "` и `");
        assert_eq!(transliterate("Wi-Fi mreža"), "Wi-Fi мрежа");
    }
}
