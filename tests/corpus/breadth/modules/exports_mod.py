__all__ = ["visible", "_also_visible"]
visible = "v"
_also_visible = "a"
hidden = "h"
