class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "required")
    return rec

print(validate({"name": "x"}))
validate({})
