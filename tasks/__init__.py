"""sourcescore's work: pure cleaning and scoring, plus thin I/O modules (inputs, warehouse, steps)."""
