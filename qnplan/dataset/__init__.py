"""A data folder -> a Dataset and every Issue: strict YAML with positions, file shapes,
registries, year files, field and entry checks, quotes, cache. Never prints."""
