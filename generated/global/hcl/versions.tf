provider "aws" {
  alias = "eu_west_1"

  region = "eu-west-1"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "private-s3-global"
    }
  }
}

provider "aws" {
  alias = "eu_central_1"

  region = "eu-central-1"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "private-s3-global"
    }
  }
}

terraform {
  backend "local" {
    path = "terraform.tfstate"
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }

  required_version = ">= 1.11.0, < 2.0.0"
}
