//! Session store (being written).
