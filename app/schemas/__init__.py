"""Request and response models (pydantic). Writes forbid unknown fields."""
