//! A generated schema of any size for the benchmarks: `tables` tables in domains of about
//! 30, each domain a root table, satellites that reference it or each other, a few
//! lookup tables referenced from everywhere, and one cross-domain foreign key in ten.
//! Names are made-up words (no vocabulary keyword), so the proposal has to cluster.
//! Deterministic (a fixed linear congruential sequence).

/// The `CREATE TABLE` statements of the schema, pg_dump style (`public.` qualified).
pub fn schema(tables: usize) -> String {
    let mut random = Lcg(0x5eed);
    let domains = tables.div_ceil(30).max(1);
    let stems: Vec<String> = (0..domains).map(|d| word(&mut random, d)).collect();
    let lookups: Vec<String> = (0..5).map(|i| format!("{}_codes", word(&mut random, 1000 + i))).collect();
    let mut sql = String::new();
    let mut names: Vec<Vec<String>> = vec![Vec::new(); domains];
    for lookup in &lookups {
        sql.push_str(&format!("CREATE TABLE public.{lookup} (code text PRIMARY KEY, label text NOT NULL);\n"));
    }
    for i in 0..tables.saturating_sub(lookups.len()) {
        let d = i % domains;
        let name = if names[d].is_empty() {
            format!("{}s", stems[d])
        } else {
            format!("{}_{}", stems[d], word(&mut random, i))
        };
        let mut columns = vec!["id bigint PRIMARY KEY".to_string(), "created_at timestamptz".to_string()];
        if let Some(parent) = pick(&mut random, &names[d]) {
            columns.push(format!("{parent}_id bigint REFERENCES public.{parent}(id)"));
        }
        if random.next() % 10 == 0 {
            let other = (d + 1 + random.next() % (domains.max(2) - 1)) % domains;
            if let Some(target) = pick(&mut random, &names[other]) {
                columns.push(format!("{target}_ref bigint REFERENCES public.{target}(id)"));
            }
        }
        if random.next() % 4 == 0 {
            let lookup = &lookups[random.next() % lookups.len()];
            columns.push(format!("{lookup}_code text REFERENCES public.{lookup}(code)"));
        }
        sql.push_str(&format!("CREATE TABLE public.{name} ({});\n", columns.join(", ")));
        names[d].push(name);
    }
    sql
}

fn pick<'a>(random: &mut Lcg, names: &'a [String]) -> Option<&'a String> {
    (!names.is_empty()).then(|| &names[random.next() % names.len()])
}

/// A pronounceable made-up word, unique per `salt`.
fn word(random: &mut Lcg, salt: usize) -> String {
    const CONSONANTS: &[u8] = b"bdfgklmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let mut w = String::new();
    for _ in 0..3 {
        w.push(CONSONANTS[random.next() % CONSONANTS.len()] as char);
        w.push(VOWELS[random.next() % VOWELS.len()] as char);
    }
    format!("{w}{salt}")
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}
