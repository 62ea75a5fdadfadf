# modules: __name__ is "__main__" in the script and the module name in imports; guarded code skipped
print("script __name__:", __name__)
import helper_geometry
print("module __name__:", helper_geometry.__name__)
import helper_chain_a
print(helper_chain_a.greet("eddy"))
import helper_chain_b
print(helper_chain_b is helper_chain_a.helper_chain_b)
if __name__ == "__main__":
    print("guarded block runs in the script")
def main():
    return "main() called"
if __name__ == "__main__":
    print(main())
