"""SQLAlchemy queries. Repositories flush; the request's session dependency commits."""
