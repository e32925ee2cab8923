//! Decision record (being written).
