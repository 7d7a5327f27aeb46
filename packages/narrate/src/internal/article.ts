/*
 * "a" or "an" before a word a template fills in: "Recording a open-url
 * step" and "there's a “Auto-play” switch" came from a fixed "a" before a
 * variable word. The choice is by the sound of the first word, kept simple:
 *   - quote marks and brackets in front are skipped (“Archive” → an);
 *   - an all-capitals word of up to 3 letters is read letter by letter (an
 *     SMS, a URL, an I); a longer one as a word (an ARCHIVE, a SALE);
 *   - 8…, 11 and 18 take "an" (an 8-digit code, an 11);
 *   - a vowel takes "an", except words said with a "y"/"w" sound (a user,
 *     a one-time) and a silent h takes it too (an hour).
 * Other exceptions ("an Uber") are rare enough to be left wrong.
 */

const lead = /^[\s"'“”‘’`«»([{]+/u;
const letterNamesWithVowel = 'AEFHILMNORSX';

/** The indefinite article for `phrase`, judged by its first word after any quote marks. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.replace(lead, '').match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
  if (word === '') return 'a';
  if (/^\d/.test(word)) return /^(8|1[18](?!\d))/.test(word) ? 'an' : 'a';
  if (/^\p{Lu}[\p{Lu}\d]{0,2}$/u.test(word))
    return letterNamesWithVowel.includes(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(uni|use|usu|uti|ure|one|once|eu|ewe)/.test(lower)) return 'a';
  if (/^(hour|honest|honou?r|heir)/.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/**
 * `text` followed by `next`, with a trailing standalone "a"/"A" in `text`
 * turned into "an"/"An" when `next` calls for it. Only the join is looked
 * at: the article typed before a filled-in value.
 */
export function joinWithArticle(text: string, next: string): string {
  // Runs at every join of every template: the plain ending test spares the
  // regex (which scans the whole text for its `$`) on nearly all of them.
  if (!(text.endsWith('a ') || text.endsWith('A '))) return text + next;
  if (!/(?:^|[^\p{L}\p{N}_'’])[aA] $/u.test(text) || indefiniteArticle(next) === 'a')
    return text + next;
  return `${text.slice(0, -1)}n ${next}`;
}
