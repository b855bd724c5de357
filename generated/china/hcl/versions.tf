terraform {
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }

  backend "local" {
    path = "terraform.tfstate"
  }
}

provider "aws" {
  alias  = "cn_northwest_1"
  region = "cn-northwest-1"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "private-s3"
    }
  }
}

provider "aws" {
  alias  = "cn_north_1"
  region = "cn-north-1"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "private-s3"
    }
  }
}
