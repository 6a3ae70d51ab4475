//! People, characters, who plays whom and crew credits, assembled from a
//! service's credits; and the rule that tells when one person's several role
//! names are one character.

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::error::Result;
use crate::id::{CharacterId, PersonId, SourceId};
use crate::limits::{MAX_ITEMS, MAX_RECORDS};
use crate::model::names::Alias;
use crate::model::people::{Character, CrewCredit, Person, Portrayal};
use crate::vocab::{AliasKind, CrewRole, LifeStage};

use super::common::{Slugs, bad, slug};

/// The people and credits of one import.
#[derive(Debug, Default)]
pub(super) struct Cast {
    pub(super) people: Vec<Person>,
    pub(super) characters: Vec<Character>,
    pub(super) portrayals: Vec<Portrayal>,
    pub(super) crew: Vec<CrewCredit>,
    person_by_service_id: HashMap<u64, usize>,
    character_by_key: HashMap<String, usize>,
    portrayed: HashSet<(usize, usize)>,
    crew_by_role: HashMap<(usize, CrewRole), usize>,
    person_slugs: Slugs,
    character_slugs: Slugs,
}

impl Cast {
    /// The person with this service id, added if new.
    pub(super) fn person(
        &mut self,
        label: &str,
        service_id: u64,
        name: &str,
        native_name: Option<&str>,
        cite: &SourceId,
    ) -> Result<usize> {
        if let Some(&i) = self.person_by_service_id.get(&service_id) {
            return Ok(i);
        }
        if self.people.len() == MAX_RECORDS {
            return Err(bad(
                label,
                ".",
                format!("more than {MAX_RECORDS} people: expected at most {MAX_RECORDS}"),
            ));
        }
        let id = self.person_slugs.unique(
            &slug(name),
            &format!("person-{service_id}"),
            Some(&service_id.to_string()),
        );
        let mut person = Person::new(id.parse::<PersonId>()?, name).citing(cite.clone());
        if let Some(native) = native_name.filter(|n| *n != name) {
            person = person.with_native_name(native);
        }
        self.people.push(person);
        self.person_by_service_id
            .insert(service_id, self.people.len() - 1);
        Ok(self.people.len() - 1)
    }

    /// The character known under `key`, added (named `name`, with `aliases`)
    /// if new; every alias also becomes a key of it.
    pub(super) fn character(
        &mut self,
        label: &str,
        key: &str,
        name: &str,
        aliases: &[String],
        cite: &SourceId,
    ) -> Result<usize> {
        if let Some(&i) = self.character_by_key.get(key) {
            return Ok(i);
        }
        if self.characters.len() == MAX_RECORDS {
            return Err(bad(
                label,
                ".",
                format!("more than {MAX_RECORDS} characters: expected at most {MAX_RECORDS}"),
            ));
        }
        let id = self.character_slugs.unique(&slug(name), "character", None);
        let mut character = Character::new(id.parse::<CharacterId>()?, name).citing(cite.clone());
        for alias in aliases.iter().take(MAX_ITEMS) {
            character = character.with_alias(Alias::new(alias.clone(), AliasKind::OtherName));
        }
        self.characters.push(character);
        let i = self.characters.len() - 1;
        self.character_by_key.insert(key.to_owned(), i);
        for alias in aliases {
            self.character_by_key
                .entry(character_key(alias))
                .or_insert(i);
        }
        Ok(i)
    }

    /// `person` plays `character` (once, however often it is listed).
    pub(super) fn portray(
        &mut self,
        person: usize,
        character: usize,
        stage: LifeStage,
        cite: &SourceId,
    ) {
        if !self.portrayed.insert((person, character)) {
            return;
        }
        let p = Portrayal::new(
            self.people[person].id().clone(),
            self.characters[character].id().clone(),
            stage,
        )
        .citing(cite.clone());
        self.portrayals.push(p);
    }

    /// A crew credit, one per person and role; the service's job names
    /// that differ from the role's own name become its note.
    pub(super) fn crew(&mut self, person: usize, role: CrewRole, job: &str, cite: &SourceId) {
        let note_of =
            |job: &str| (!job.eq_ignore_ascii_case(&role.to_string())).then(|| job.to_owned());
        match self.crew_by_role.get(&(person, role)) {
            Some(&i) => {
                let credit = &self.crew[i];
                let note = match (credit.note(), note_of(job)) {
                    (Some(n), Some(j)) if !n.split(", ").any(|x| x == j) && n.len() < 512 => {
                        Some(format!("{n}, {j}"))
                    }
                    (n, _) => n.map(str::to_owned),
                };
                let mut updated =
                    CrewCredit::new(credit.person().clone(), role).citing(cite.clone());
                if let Some(n) = note {
                    updated = updated.with_note(n);
                }
                self.crew[i] = updated;
            }
            None => {
                let mut credit =
                    CrewCredit::new(self.people[person].id().clone(), role).citing(cite.clone());
                if let Some(n) = note_of(job) {
                    credit = credit.with_note(n);
                }
                self.crew.push(credit);
                self.crew_by_role
                    .insert((person, role), self.crew.len() - 1);
            }
        }
    }
}

/// The key under which characters named by text are matched across people:
/// the name without parenthesised notes, compared case-insensitively.
pub(super) fn character_key(name: &str) -> String {
    without_notes(name).to_lowercase()
}

/// A role name without parenthesised notes (`Timett (uncredited)` → `Timett`).
pub(super) fn without_notes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that start role names without being given names.
const GENERIC: &[&str] = &[
    "the",
    "a",
    "an",
    "young",
    "old",
    "older",
    "younger",
    "little",
    "big",
    "adult",
    "teen",
    "teenage",
    "child",
    "baby",
    "boy",
    "girl",
    "man",
    "woman",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "lord",
    "lady",
    "sir",
    "king",
    "queen",
    "prince",
    "princess",
    "dr",
    "dr.",
    "doctor",
    "officer",
    "detective",
    "captain",
    "father",
    "mother",
    "brother",
    "sister",
];

/// Groups one person's role names into characters (the rule is in the
/// module docs of `import`): each group is a list of indexes into `names`,
/// the first being the character's name. Linear: each name is looked up by
/// its plain form and, for a personal name, by its first word.
pub(super) fn group_roles(names: &[String]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_plain: HashMap<String, usize> = HashMap::with_capacity(names.len());
    let mut by_given: HashMap<String, usize> = HashMap::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let plain = without_number(&without_notes(name));
        let given = given_name(&plain);
        let found = by_plain
            .get(&plain.to_lowercase())
            .or_else(|| given.and_then(|g| by_given.get(g)))
            .copied();
        let g = match found {
            Some(g) => {
                groups[g].push(i);
                g
            }
            None => {
                groups.push(vec![i]);
                groups.len() - 1
            }
        };
        by_plain.entry(plain.to_lowercase()).or_insert(g);
        if let Some(given) = given {
            by_given.entry(given.to_owned()).or_insert(g);
        }
    }
    groups
}

/// Whether two role names of one person are one character.
#[cfg(test)]
fn same_character(a: &str, b: &str) -> bool {
    let (a, b) = (
        without_number(&without_notes(a)),
        without_number(&without_notes(b)),
    );
    a.eq_ignore_ascii_case(&b) || given_name(&a).is_some_and(|g| given_name(&b) == Some(g))
}

/// The first word of a personal name: a name of two or three words whose
/// first word is capitalised and not a generic word.
fn given_name(plain: &str) -> Option<&str> {
    let mut words = plain.split(' ');
    let first = words.next()?;
    let rest = words.count();
    ((1..=2).contains(&rest)
        && first.chars().next().is_some_and(char::is_uppercase)
        && !GENERIC.contains(&first.to_lowercase().as_str()))
    .then_some(first)
}

/// A role name without a trailing number (`Dothraki Bloodrider #1`).
fn without_number(name: &str) -> String {
    match name.rsplit_once(" #") {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            head.to_owned()
        }
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(names: &[&str]) -> Vec<Vec<usize>> {
        group_roles(&names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn one_person_one_character_under_two_names() {
        assert_eq!(groups(&["Ramsay Bolton", "Ramsay Snow"]), [vec![0, 1]]);
        assert_eq!(groups(&["Talisa Stark", "Talisa Maegyr"]), [vec![0, 1]]);
        assert_eq!(groups(&["Timett", "Timett (uncredited)"]), [vec![0, 1]]);
        assert_eq!(
            groups(&["Three-Eyed Raven", "Three-Eyed Raven (voice)"]),
            [vec![0, 1]]
        );
        assert_eq!(
            groups(&["Dothraki Bloodrider #1", "Dothraki Bloodrider"]),
            [vec![0, 1]]
        );
    }

    #[test]
    fn different_characters_stay_apart() {
        assert_eq!(
            groups(&["Tommen Baratheon", "Martyn Lannister"]),
            [vec![0], vec![1]]
        );
        assert_eq!(groups(&["The Warrior", "The Stranger"]), [vec![0], vec![1]]);
        assert_eq!(groups(&["Young Ned", "Young Lyanna"]), [vec![0], vec![1]]);
        assert_eq!(
            groups(&[
                "Gregor Clegane",
                "Dongo",
                "Wun Weg Wun Dar Wun",
                "Giant Wight #1"
            ]),
            [vec![0], vec![1], vec![2], vec![3]]
        );
        assert_eq!(
            groups(&["Whore #1", "Bathhouse Prostitute"]),
            [vec![0], vec![1]]
        );
    }

    #[test]
    fn the_pairwise_rule() {
        assert!(same_character("Ramsay Snow", "Ramsay Bolton"));
        assert!(!same_character("Ramsay", "Ramsay Bolton"));
        assert!(!same_character("Lord Eddard Stark", "Lord Tywin Lannister"));
    }

    #[test]
    fn notes_are_not_part_of_the_name() {
        assert_eq!(
            without_notes("The Night King (Uncredited)"),
            "The Night King"
        );
        assert_eq!(character_key("Leo Lefford (uncredited)"), "leo lefford");
        assert_eq!(without_notes("((("), "");
    }
}
