"""HTTP layer: parse, check coarse permissions, call a service, shape the answer."""
