data "aws_availability_zones" "accepter_zones" {
  provider = aws.accepter

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "requester_zones" {
  provider = aws.requester

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_region" "accepter_region" {
  provider = aws.accepter
}

data "aws_region" "requester_region" {
  provider = aws.requester
}

resource "aws_cloudwatch_log_group" "flow_logs_accepter_log_group" {
  provider = aws.accepter

  name              = "/vpc-flow-logs/${var.name}-accepter"
  retention_in_days = var.flow_log_retention_days
}

resource "aws_cloudwatch_log_group" "flow_logs_requester_log_group" {
  provider = aws.requester

  name              = "/vpc-flow-logs/${var.name}-requester"
  retention_in_days = var.flow_log_retention_days
}

resource "aws_default_security_group" "accepter_default_security_group" {
  provider = aws.accepter

  tags = {
    Name = "${var.name}-accepter-default-unused"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_default_security_group" "requester_default_security_group" {
  provider = aws.requester

  tags = {
    Name = "${var.name}-requester-default-unused"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_flow_log" "flow_logs_accepter" {
  provider = aws.accepter

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_accepter_log_group.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "${var.name}-accepter"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.accepter_vpc.id
}

resource "aws_flow_log" "flow_logs_requester" {
  provider = aws.requester

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_requester_log_group.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "${var.name}-requester"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.requester_vpc.id
}

resource "aws_iam_role" "flow_log_role" {
  provider = aws.accepter

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "vpc-flow-logs.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  description = "VPC flow logs: deliver to the deployment's CloudWatch Logs groups"
  name        = "${var.name}-flow-logs"
}

resource "aws_iam_role_policy" "flow_log_role_policy" {
  provider = aws.accepter

  name = "deliver-flow-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "DeliverFlowLogs"
        Effect = "Allow"
        Action = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
        Resource = [
          "${aws_cloudwatch_log_group.flow_logs_accepter_log_group.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_requester_log_group.arn}:*",
        ]
      },
    ]
  })
  role = aws_iam_role.flow_log_role.id
}

resource "aws_internet_gateway" "accepter_internet_gateway" {
  provider = aws.accepter

  tags = {
    Name = "${var.name}-accepter"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_internet_gateway" "requester_internet_gateway" {
  provider = aws.requester

  tags = {
    Name = "${var.name}-requester"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_route" "accepter_public_default" {
  provider = aws.accepter

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.accepter_internet_gateway.id
  route_table_id         = aws_route_table.accepter_public.id
}

resource "aws_route" "peering_requester_accepter_route_0" {
  provider = aws.accepter

  destination_cidr_block    = var.requester_vpc_cidr
  route_table_id            = aws_route_table.accepter_public.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "peering_requester_accepter_route_1" {
  provider = aws.accepter

  destination_cidr_block    = var.requester_vpc_cidr
  route_table_id            = aws_route_table.accepter_private_0_route_table.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "peering_requester_accepter_route_2" {
  provider = aws.accepter

  destination_cidr_block    = var.requester_vpc_cidr
  route_table_id            = aws_route_table.accepter_private_1_route_table.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "peering_requester_requester_route_0" {
  provider = aws.requester

  destination_cidr_block    = var.accepter_vpc_cidr
  route_table_id            = aws_route_table.requester_public.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "peering_requester_requester_route_1" {
  provider = aws.requester

  destination_cidr_block    = var.accepter_vpc_cidr
  route_table_id            = aws_route_table.requester_private_0_route_table.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "peering_requester_requester_route_2" {
  provider = aws.requester

  destination_cidr_block    = var.accepter_vpc_cidr
  route_table_id            = aws_route_table.requester_private_1_route_table.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
}

resource "aws_route" "requester_public_default" {
  provider = aws.requester

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.requester_internet_gateway.id
  route_table_id         = aws_route_table.requester_public.id
}

resource "aws_route_table" "accepter_private_0_route_table" {
  provider = aws.accepter

  tags = {
    Name = "${var.name}-accepter-private-0"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_route_table" "accepter_private_1_route_table" {
  provider = aws.accepter

  tags = {
    Name = "${var.name}-accepter-private-1"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_route_table" "accepter_public" {
  provider = aws.accepter

  tags = {
    Name = "${var.name}-accepter-public"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_route_table" "requester_private_0_route_table" {
  provider = aws.requester

  tags = {
    Name = "${var.name}-requester-private-0"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_route_table" "requester_private_1_route_table" {
  provider = aws.requester

  tags = {
    Name = "${var.name}-requester-private-1"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_route_table" "requester_public" {
  provider = aws.requester

  tags = {
    Name = "${var.name}-requester-public"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_route_table_association" "accepter_private_0_routes" {
  provider = aws.accepter

  route_table_id = aws_route_table.accepter_private_0_route_table.id
  subnet_id      = aws_subnet.accepter_private_0.id
}

resource "aws_route_table_association" "accepter_private_1_routes" {
  provider = aws.accepter

  route_table_id = aws_route_table.accepter_private_1_route_table.id
  subnet_id      = aws_subnet.accepter_private_1.id
}

resource "aws_route_table_association" "accepter_public_0_routes" {
  provider = aws.accepter

  route_table_id = aws_route_table.accepter_public.id
  subnet_id      = aws_subnet.accepter_public_0.id
}

resource "aws_route_table_association" "accepter_public_1_routes" {
  provider = aws.accepter

  route_table_id = aws_route_table.accepter_public.id
  subnet_id      = aws_subnet.accepter_public_1.id
}

resource "aws_route_table_association" "requester_private_0_routes" {
  provider = aws.requester

  route_table_id = aws_route_table.requester_private_0_route_table.id
  subnet_id      = aws_subnet.requester_private_0.id
}

resource "aws_route_table_association" "requester_private_1_routes" {
  provider = aws.requester

  route_table_id = aws_route_table.requester_private_1_route_table.id
  subnet_id      = aws_subnet.requester_private_1.id
}

resource "aws_route_table_association" "requester_public_0_routes" {
  provider = aws.requester

  route_table_id = aws_route_table.requester_public.id
  subnet_id      = aws_subnet.requester_public_0.id
}

resource "aws_route_table_association" "requester_public_1_routes" {
  provider = aws.requester

  route_table_id = aws_route_table.requester_public.id
  subnet_id      = aws_subnet.requester_public_1.id
}

resource "aws_s3_bucket" "bucket_access_logs_bucket" {
  provider = aws.accepter

  bucket        = "${var.bucket_name}-access-logs"
  force_destroy = var.force_destroy

  lifecycle {
    prevent_destroy = false
  }
}

resource "aws_s3_bucket" "bucket_data_bucket" {
  provider = aws.accepter

  bucket        = var.bucket_name
  force_destroy = var.force_destroy

  lifecycle {
    prevent_destroy = false
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "bucket_access_logs_lifecycle" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_access_logs_bucket.id

  rule {
    id     = "housekeeping"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    expiration {
      days = var.access_log_retention_days
    }

    filter {
      prefix = ""
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }

  depends_on = [aws_s3_bucket_versioning.bucket_access_logs_versioning]
}

resource "aws_s3_bucket_lifecycle_configuration" "bucket_data_lifecycle" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_data_bucket.id

  rule {
    id     = "housekeeping"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    filter {
      prefix = ""
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }

  depends_on = [aws_s3_bucket_versioning.bucket_data_versioning]
}

resource "aws_s3_bucket_logging" "bucket_access_logging" {
  provider = aws.accepter

  bucket        = aws_s3_bucket.bucket_data_bucket.id
  target_bucket = aws_s3_bucket.bucket_access_logs_bucket.id
  target_prefix = "s3-access/"

  depends_on = [aws_s3_bucket_policy.bucket_access_logs_policy]
}

resource "aws_s3_bucket_ownership_controls" "bucket_access_logs_ownership" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_access_logs_bucket.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_ownership_controls" "bucket_data_ownership" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_data_bucket.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "bucket_access_logs_policy" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_access_logs_bucket.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowServerAccessLogDelivery"
        Effect = "Allow"
        Principal = {
          Service = "logging.s3.amazonaws.com"
        }
        Action   = "s3:PutObject"
        Resource = "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket.bucket}/s3-access/*"
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}"
          }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket.bucket}/*",
        ]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
      {
        Sid       = "DenyOutdatedTls"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket.bucket}/*",
        ]
        Condition = {
          NumericLessThan = {
            "s3:TlsVersion" = "1.2"
          }
        }
      },
    ]
  })
}

resource "aws_s3_bucket_policy" "bucket_policy" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_data_bucket.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}/*",
        ]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
      {
        Sid       = "DenyOutdatedTls"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}/*",
        ]
        Condition = {
          NumericLessThan = {
            "s3:TlsVersion" = "1.2"
          }
        }
      },
    ]
  })
}

resource "aws_s3_bucket_public_access_block" "bucket_access_logs_public_access_block" {
  provider = aws.accepter

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_access_logs_bucket.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "bucket_data_public_access_block" {
  provider = aws.accepter

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_data_bucket.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_access_logs_encryption" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_access_logs_bucket.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_data_encryption" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_data_bucket.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "bucket_access_logs_versioning" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_access_logs_bucket.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "bucket_data_versioning" {
  provider = aws.accepter

  bucket = aws_s3_bucket.bucket_data_bucket.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "s3_endpoints_security_group" {
  provider = aws.accepter

  description = "S3 interface endpoint: HTTPS from the endpoint VPC and its peered consumer VPCs"
  name        = "${var.name}-s3-interface-endpoint"
  tags = {
    Name = "${var.name}-s3-interface-endpoint"
  }
  vpc_id = aws_vpc.accepter_vpc.id
}

resource "aws_subnet" "accepter_private_0" {
  provider = aws.accepter

  availability_zone       = element(data.aws_availability_zones.accepter_zones.names, 0)
  cidr_block              = cidrsubnet(var.accepter_vpc_cidr, var.subnet_newbits, 1)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-accepter-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.accepter_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.accepter_zones.names) >= 2
      error_message = "${var.accepter_region} has fewer than 2 available zones (az_count of VPC accepter)."
    }
  }
}

resource "aws_subnet" "accepter_private_1" {
  provider = aws.accepter

  availability_zone       = element(data.aws_availability_zones.accepter_zones.names, 1)
  cidr_block              = cidrsubnet(var.accepter_vpc_cidr, var.subnet_newbits, 3)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-accepter-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.accepter_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.accepter_zones.names) >= 2
      error_message = "${var.accepter_region} has fewer than 2 available zones (az_count of VPC accepter)."
    }
  }
}

resource "aws_subnet" "accepter_public_0" {
  provider = aws.accepter

  availability_zone       = element(data.aws_availability_zones.accepter_zones.names, 0)
  cidr_block              = cidrsubnet(var.accepter_vpc_cidr, var.subnet_newbits, 0)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-accepter-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.accepter_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.accepter_zones.names) >= 2
      error_message = "${var.accepter_region} has fewer than 2 available zones (az_count of VPC accepter)."
    }
  }
}

resource "aws_subnet" "accepter_public_1" {
  provider = aws.accepter

  availability_zone       = element(data.aws_availability_zones.accepter_zones.names, 1)
  cidr_block              = cidrsubnet(var.accepter_vpc_cidr, var.subnet_newbits, 2)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-accepter-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.accepter_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.accepter_zones.names) >= 2
      error_message = "${var.accepter_region} has fewer than 2 available zones (az_count of VPC accepter)."
    }
  }
}

resource "aws_subnet" "requester_private_0" {
  provider = aws.requester

  availability_zone       = element(data.aws_availability_zones.requester_zones.names, 0)
  cidr_block              = cidrsubnet(var.requester_vpc_cidr, var.subnet_newbits, 1)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-requester-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.requester_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.requester_zones.names) >= 2
      error_message = "${var.requester_region} has fewer than 2 available zones (az_count of VPC requester)."
    }
  }
}

resource "aws_subnet" "requester_private_1" {
  provider = aws.requester

  availability_zone       = element(data.aws_availability_zones.requester_zones.names, 1)
  cidr_block              = cidrsubnet(var.requester_vpc_cidr, var.subnet_newbits, 3)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-requester-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.requester_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.requester_zones.names) >= 2
      error_message = "${var.requester_region} has fewer than 2 available zones (az_count of VPC requester)."
    }
  }
}

resource "aws_subnet" "requester_public_0" {
  provider = aws.requester

  availability_zone       = element(data.aws_availability_zones.requester_zones.names, 0)
  cidr_block              = cidrsubnet(var.requester_vpc_cidr, var.subnet_newbits, 0)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-requester-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.requester_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.requester_zones.names) >= 2
      error_message = "${var.requester_region} has fewer than 2 available zones (az_count of VPC requester)."
    }
  }
}

resource "aws_subnet" "requester_public_1" {
  provider = aws.requester

  availability_zone       = element(data.aws_availability_zones.requester_zones.names, 1)
  cidr_block              = cidrsubnet(var.requester_vpc_cidr, var.subnet_newbits, 2)
  map_public_ip_on_launch = false
  tags = {
    Name = "${var.name}-requester-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.requester_vpc.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.requester_zones.names) >= 2
      error_message = "${var.requester_region} has fewer than 2 available zones (az_count of VPC requester)."
    }
  }
}

resource "aws_vpc" "accepter_vpc" {
  provider = aws.accepter

  cidr_block           = var.accepter_vpc_cidr
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "${var.name}-accepter"
  }

  lifecycle {
    precondition {
      condition     = data.aws_region.accepter_region.name == var.accepter_region
      error_message = "The aws.accepter provider is configured for another region than accepter_region: pass the provider for accepter_region as aws.accepter."
    }
  }
}

resource "aws_vpc" "requester_vpc" {
  provider = aws.requester

  cidr_block           = var.requester_vpc_cidr
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "${var.name}-requester"
  }

  lifecycle {
    precondition {
      condition     = data.aws_region.requester_region.name == var.requester_region
      error_message = "The aws.requester provider is configured for another region than requester_region: pass the provider for requester_region as aws.requester."
    }
  }
}

resource "aws_vpc_endpoint" "s3_endpoints_gateway" {
  provider = aws.accepter

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}"]
      },
      {
        Sid       = "ConfiguredBucketObjects"
        Effect    = "Allow"
        Principal = "*"
        Action = [
          "s3:GetObject",
          "s3:PutObject",
          "s3:DeleteObject",
          "s3:AbortMultipartUpload",
          "s3:ListMultipartUploadParts",
        ]
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}/*"]
      },
    ]
  })
  route_table_ids = [
    aws_route_table.accepter_public.id,
    aws_route_table.accepter_private_0_route_table.id,
    aws_route_table.accepter_private_1_route_table.id,
  ]
  service_name = "com.amazonaws.${var.accepter_region}.s3"
  tags = {
    Name = "${var.name}-s3-gateway"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.accepter_vpc.id
}

resource "aws_vpc_endpoint" "s3_endpoints_interface" {
  provider = aws.accepter

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}"]
      },
      {
        Sid       = "ConfiguredBucketObjects"
        Effect    = "Allow"
        Principal = "*"
        Action = [
          "s3:GetObject",
          "s3:PutObject",
          "s3:DeleteObject",
          "s3:AbortMultipartUpload",
          "s3:ListMultipartUploadParts",
        ]
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket.bucket}/*"]
      },
    ]
  })
  private_dns_enabled = false
  security_group_ids  = [aws_security_group.s3_endpoints_security_group.id]
  service_name        = "cn.com.amazonaws.${var.accepter_region}.s3"
  subnet_ids          = [aws_subnet.accepter_private_0.id, aws_subnet.accepter_private_1.id]
  tags = {
    Name = "${var.name}-s3-interface"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.accepter_vpc.id

  dns_options {
    dns_record_ip_type = "ipv4"
  }
}

resource "aws_vpc_peering_connection" "peering_requester_requester" {
  provider = aws.requester

  auto_accept = false
  peer_region = var.accepter_region
  peer_vpc_id = aws_vpc.accepter_vpc.id
  tags = {
    Name = "${var.name}-requester-to-accepter"
  }
  vpc_id = aws_vpc.requester_vpc.id
}

resource "aws_vpc_peering_connection_accepter" "peering_requester_accepter" {
  provider = aws.accepter

  auto_accept = true
  tags = {
    Name = "${var.name}-requester-to-accepter"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_requester_requester.id
}

resource "aws_vpc_peering_connection_options" "peering_requester_accepter_options" {
  provider = aws.accepter

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_requester_requester_options" {
  provider = aws.requester

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_requester_accepter.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_accepter" {
  provider = aws.accepter

  cidr_ipv4         = var.accepter_vpc_cidr
  description       = "HTTPS to S3 from VPC accepter (${var.accepter_vpc_cidr})"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group.id
  tags = {
    Name = "${var.name}-s3-interface-endpoint-ingress-https_from_accepter"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_requester" {
  provider = aws.accepter

  cidr_ipv4         = var.requester_vpc_cidr
  description       = "HTTPS to S3 from VPC requester (${var.requester_vpc_cidr})"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group.id
  tags = {
    Name = "${var.name}-s3-interface-endpoint-ingress-https_from_requester"
  }
  to_port = 443
}
