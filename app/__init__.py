"""Gaiban (改办): governance of engineering-construction approval-reform leading groups."""
