"""Project tooling: regenerating generated/ and driving the Terraform CLI in tests."""
