//! Local storage adapter (being written).
