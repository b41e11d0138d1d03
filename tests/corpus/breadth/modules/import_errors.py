try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from geometry_mod import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
import missing_module_xyz
