//! Reading `pg_dump --schema-only` text: the lexer, the statement splitter and the
//! recognition of statement forms. The only module that will see `sqlparser`.

pub mod lexer;
pub mod location;
pub mod split;
pub mod statement;

pub use split::{split, Piece, PieceKind, Split};
pub use statement::{classify, StatementForm};
