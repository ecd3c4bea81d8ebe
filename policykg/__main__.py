from policykg.cli import app

app(prog_name="policykg")
