# Calling the module from a team's own configuration: Beijing applications reach a Ningxia bucket.
#   cd generated/module/examples/china
#   terraform init && terraform plan -var bucket_name=<a globally unique name>

terraform {
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

variable "bucket_name" {
  type        = string
  description = "Name of the bucket to create; unique in the aws-cn partition."
}

provider "aws" {
  alias  = "beijing"
  region = "cn-north-1"

  default_tags {
    tags = {
      Project   = "team-data"
      ManagedBy = "terraform"
    }
  }
}

provider "aws" {
  alias  = "ningxia"
  region = "cn-northwest-1"

  default_tags {
    tags = {
      Project   = "team-data"
      ManagedBy = "terraform"
    }
  }
}

module "private_s3" {
  source = "../.."

  providers = {
    aws.requester = aws.beijing
    aws.accepter  = aws.ningxia
  }

  name               = "team-data"
  bucket_name        = var.bucket_name
  requester_vpc_cidr = "172.31.0.0/16"
  accepter_vpc_cidr  = "10.10.0.0/16"
}

output "bucket_endpoint_url" {
  description = "Endpoint URL for bucket and object operations from the Beijing VPC (aws s3 --endpoint-url)."
  value       = module.private_s3.bucket_endpoint_url
}

output "peering_connection_ids" {
  description = "The VPC peering connection between the two VPCs."
  value       = module.private_s3.peering_connection_ids
}
