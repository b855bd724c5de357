variable "accepter_region" {
  description = "Region of the bucket and its endpoints; the aws.accepter provider must be configured for it."
  type        = string
  default     = "cn-northwest-1"
  nullable    = false

  validation {
    condition     = contains(["cn-north-1", "cn-northwest-1"], var.accepter_region)
    error_message = "accepter_region must be a China region: cn-north-1, cn-northwest-1."
  }

  validation {
    condition     = var.accepter_region != var.requester_region
    error_message = "accepter_region must differ from requester_region: the module peers across regions (Beijing and Ningxia)."
  }
}

variable "accepter_vpc_cidr" {
  description = "Address range of the endpoint VPC (accepter side), which holds the S3 endpoints."
  type        = string
  default     = "10.10.0.0/16"
  nullable    = false

  validation {
    condition     = can(cidrhost(var.accepter_vpc_cidr, 0)) && cidrsubnet(var.accepter_vpc_cidr, 0, 0) == var.accepter_vpc_cidr
    error_message = "accepter_vpc_cidr must be an IPv4 network in CIDR notation with no host bits set, e.g. \"10.10.0.0/16\"."
  }

  validation {
    condition     = !can(cidrhost(var.accepter_vpc_cidr, 0)) || (tonumber(split("/", var.accepter_vpc_cidr)[1]) >= 16 && tonumber(split("/", var.accepter_vpc_cidr)[1]) <= 28 && tonumber(split("/", var.accepter_vpc_cidr)[1]) + var.subnet_newbits <= 28)
    error_message = "accepter_vpc_cidr must be a /16 to /28 network that still has room for subnets of /28 or larger after subnet_newbits."
  }

  validation {
    condition     = !can(cidrhost(var.accepter_vpc_cidr, 0)) || (tonumber(split("/", var.accepter_vpc_cidr)[1]) >= 8 && floor(sum([for index, octet in split(".", cidrhost(var.accepter_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 24)) == 10) || (tonumber(split("/", var.accepter_vpc_cidr)[1]) >= 12 && floor(sum([for index, octet in split(".", cidrhost(var.accepter_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 20)) == 2753) || (tonumber(split("/", var.accepter_vpc_cidr)[1]) >= 16 && floor(sum([for index, octet in split(".", cidrhost(var.accepter_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 16)) == 49320)
    error_message = "accepter_vpc_cidr must be a private (RFC 1918) range: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16."
  }

  validation {
    condition     = !can(cidrhost(var.accepter_vpc_cidr, 0)) || !can(cidrhost(var.requester_vpc_cidr, 0)) || !(floor(sum([for index, octet in split(".", cidrhost(var.accepter_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 32 - min(tonumber(split("/", var.accepter_vpc_cidr)[1]), tonumber(split("/", var.requester_vpc_cidr)[1])))) == floor(sum([for index, octet in split(".", cidrhost(var.requester_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 32 - min(tonumber(split("/", var.accepter_vpc_cidr)[1]), tonumber(split("/", var.requester_vpc_cidr)[1])))))
    error_message = "accepter_vpc_cidr must not overlap requester_vpc_cidr: peered VPCs need distinct address ranges."
  }
}

variable "access_log_retention_days" {
  description = "Days the bucket's server access logs are kept."
  type        = number
  default     = 365
  nullable    = false

  validation {
    condition     = var.access_log_retention_days >= 1 && floor(var.access_log_retention_days) == var.access_log_retention_days
    error_message = "access_log_retention_days must be a whole number of days, at least 1."
  }
}

variable "bucket_name" {
  description = "Name of the bucket to create (unique in the partition): 3-51 lowercase letters, digits and hyphens; no dots, which break HTTPS through the endpoint. Its access logs go to <bucket_name>-access-logs."
  type        = string
  nullable    = false

  validation {
    condition     = length(var.bucket_name) >= 3 && length(var.bucket_name) <= 51 && can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be 3-51 lowercase letters, digits and hyphens, starting and ending with a letter or digit (no dots: they break HTTPS through the endpoint)."
  }

  validation {
    condition     = alltrue([for prefix in ["xn--", "sthree-", "amzn-s3-demo-"] : !startswith(var.bucket_name, prefix)]) && alltrue([for suffix in ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"] : !endswith(var.bucket_name, suffix)])
    error_message = "bucket_name must not start with xn--, sthree-, amzn-s3-demo- or end with -s3alias, --ol-s3, .mrap, --x-s3, --table-s3 (reserved by S3)."
  }
}

variable "flow_log_retention_days" {
  description = "Days CloudWatch Logs keeps each VPC's flow logs."
  type        = number
  default     = 365
  nullable    = false

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "force_destroy" {
  description = "Let terraform destroy delete the buckets with every object in them. Off: a bucket that holds objects is never deleted."
  type        = bool
  default     = false
  nullable    = false
}

variable "name" {
  description = "Prefix of every name and Name tag: 2-32 lowercase letters, digits and hyphens, starting with a letter."
  type        = string
  default     = "private-s3"
  nullable    = false

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,30}[a-z0-9]$", var.name))
    error_message = "name must be 2-32 lowercase letters, digits and hyphens, starting with a letter, e.g. \"private-s3\"."
  }
}

variable "requester_region" {
  description = "Region of the consumer VPC; the aws.requester provider must be configured for it."
  type        = string
  default     = "cn-north-1"
  nullable    = false

  validation {
    condition     = contains(["cn-north-1", "cn-northwest-1"], var.requester_region)
    error_message = "requester_region must be a China region: cn-north-1, cn-northwest-1."
  }
}

variable "requester_vpc_cidr" {
  description = "Address range of the consumer VPC (requester side of the peering)."
  type        = string
  default     = "172.31.0.0/16"
  nullable    = false

  validation {
    condition     = can(cidrhost(var.requester_vpc_cidr, 0)) && cidrsubnet(var.requester_vpc_cidr, 0, 0) == var.requester_vpc_cidr
    error_message = "requester_vpc_cidr must be an IPv4 network in CIDR notation with no host bits set, e.g. \"10.10.0.0/16\"."
  }

  validation {
    condition     = !can(cidrhost(var.requester_vpc_cidr, 0)) || (tonumber(split("/", var.requester_vpc_cidr)[1]) >= 16 && tonumber(split("/", var.requester_vpc_cidr)[1]) <= 28 && tonumber(split("/", var.requester_vpc_cidr)[1]) + var.subnet_newbits <= 28)
    error_message = "requester_vpc_cidr must be a /16 to /28 network that still has room for subnets of /28 or larger after subnet_newbits."
  }

  validation {
    condition     = !can(cidrhost(var.requester_vpc_cidr, 0)) || (tonumber(split("/", var.requester_vpc_cidr)[1]) >= 8 && floor(sum([for index, octet in split(".", cidrhost(var.requester_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 24)) == 10) || (tonumber(split("/", var.requester_vpc_cidr)[1]) >= 12 && floor(sum([for index, octet in split(".", cidrhost(var.requester_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 20)) == 2753) || (tonumber(split("/", var.requester_vpc_cidr)[1]) >= 16 && floor(sum([for index, octet in split(".", cidrhost(var.requester_vpc_cidr, 0)) : tonumber(octet) * pow(256, 3 - index)]) / pow(2, 16)) == 49320)
    error_message = "requester_vpc_cidr must be a private (RFC 1918) range: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16."
  }
}

variable "subnet_newbits" {
  description = "Bits added to each VPC's prefix for its subnets (4: a /16 VPC gets /20 subnets); 2 public and 2 private per VPC."
  type        = number
  default     = 4
  nullable    = false

  validation {
    condition     = var.subnet_newbits >= 2 && var.subnet_newbits <= 12 && floor(var.subnet_newbits) == var.subnet_newbits
    error_message = "subnet_newbits must be a whole number from 2 to 12."
  }
}
