data "aws_ami" "host_beijing_ami_7DAABF31" {
  provider = aws.cn_north_1

  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }

  filter {
    name   = "architecture"
    values = ["x86_64"]
  }

  filter {
    name   = "state"
    values = ["available"]
  }
}

data "aws_ami" "host_ningxia_ami_5CEB363C" {
  provider = aws.cn_northwest_1

  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }

  filter {
    name   = "architecture"
    values = ["x86_64"]
  }

  filter {
    name   = "state"
    values = ["available"]
  }
}

data "aws_availability_zones" "beijing_zones_7128D561" {
  provider = aws.cn_north_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "ningxia_zones_F8D52E14" {
  provider = aws.cn_northwest_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

resource "aws_cloudwatch_log_group" "flow_logs_beijing_log_group_ADD3EFD6" {
  provider = aws.cn_north_1

  name              = "/vpc-flow-logs/private-s3-names-beijing"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_ningxia_log_group_38A3DB5F" {
  provider = aws.cn_northwest_1

  name              = "/vpc-flow-logs/private-s3-names-ningxia"
  retention_in_days = 365
}

resource "aws_default_security_group" "beijing_default_security_group_533146F9" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-names-beijing-default-unused"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_default_security_group" "ningxia_default_security_group_42665095" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-names-ningxia-default-unused"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_flow_log" "flow_logs_beijing" {
  provider = aws.cn_north_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_beijing_log_group_ADD3EFD6.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-names-beijing"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_flow_log" "flow_logs_ningxia" {
  provider = aws.cn_northwest_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_ningxia_log_group_38A3DB5F.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-names-ningxia"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_iam_instance_profile" "host_role_instance_profile_2CF673E0" {
  provider = aws.cn_northwest_1

  name = "private-s3-names-host"
  role = aws_iam_role.host_role.name
}

resource "aws_iam_role" "flow_log_role" {
  provider = aws.cn_northwest_1

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
  name        = "private-s3-names-flow-logs"
}

resource "aws_iam_role" "host_role" {
  provider = aws.cn_northwest_1

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"]
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  description = "Verification hosts: read and write the private-access bucket"
  name        = "private-s3-names-host"
}

resource "aws_iam_role_policy" "flow_log_role_policy_35D0A24D" {
  provider = aws.cn_northwest_1

  name = "deliver-flow-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "DeliverFlowLogs"
        Effect = "Allow"
        Action = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
        Resource = [
          "${aws_cloudwatch_log_group.flow_logs_ningxia_log_group_38A3DB5F.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_beijing_log_group_ADD3EFD6.arn}:*",
        ]
      },
    ]
  })
  role = aws_iam_role.flow_log_role.id
}

resource "aws_iam_role_policy" "host_role_policy_20AA2802" {
  provider = aws.cn_northwest_1

  name = "bucket-access"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListBucket"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
      },
      {
        Sid      = "ReadWriteObjects"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
      {
        Sid    = "SessionManager"
        Effect = "Allow"
        Action = [
          "ssm:UpdateInstanceInformation",
          "ssmmessages:CreateControlChannel",
          "ssmmessages:CreateDataChannel",
          "ssmmessages:OpenControlChannel",
          "ssmmessages:OpenDataChannel",
          "ec2messages:AcknowledgeMessage",
          "ec2messages:DeleteMessage",
          "ec2messages:FailMessage",
          "ec2messages:GetEndpoint",
          "ec2messages:GetMessages",
          "ec2messages:SendReply",
        ]
        Resource = "*"
      },
    ]
  })
  role = aws_iam_role.host_role.id
}

resource "aws_instance" "host_beijing" {
  provider = aws.cn_north_1

  ami                  = data.aws_ami.host_beijing_ami_7DAABF31.id
  ebs_optimized        = true
  iam_instance_profile = aws_iam_instance_profile.host_role_instance_profile_2CF673E0.name
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.beijing_private_0_A48DEC81.id
  tags = {
    Name = "private-s3-names-beijing-host"
    Role = "verification-host"
  }
  vpc_security_group_ids = [aws_security_group.host_beijing_security_group_04E99B91.id]

  metadata_options {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
  }

  root_block_device {
    encrypted   = true
    volume_size = 8
    volume_type = "gp3"
  }
}

resource "aws_instance" "host_ningxia" {
  provider = aws.cn_northwest_1

  ami                  = data.aws_ami.host_ningxia_ami_5CEB363C.id
  ebs_optimized        = true
  iam_instance_profile = aws_iam_instance_profile.host_role_instance_profile_2CF673E0.name
  instance_type        = "t3.micro"
  subnet_id            = aws_subnet.ningxia_private_0_1EA37BBA.id
  tags = {
    Name = "private-s3-names-ningxia-host"
    Role = "verification-host"
  }
  vpc_security_group_ids = [aws_security_group.host_ningxia_security_group_FFA37A57.id]

  metadata_options {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
  }

  root_block_device {
    encrypted   = true
    volume_size = 8
    volume_type = "gp3"
  }
}

resource "aws_internet_gateway" "beijing_internet_gateway_90773E18" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-names-beijing"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_internet_gateway" "ningxia_internet_gateway_EF92D9A8" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-names-ningxia"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route" "beijing_public_default_085F9DBE" {
  provider = aws.cn_north_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.beijing_internet_gateway_90773E18.id
  route_table_id         = aws_route_table.beijing_public_C34DE0FD.id
}

resource "aws_route" "ningxia_public_default_6DEEF003" {
  provider = aws.cn_northwest_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ningxia_internet_gateway_EF92D9A8.id
  route_table_id         = aws_route_table.ningxia_public_16A6AC42.id
}

resource "aws_route" "peering_beijing_accepter_route_0_5EB295E3" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_public_16A6AC42.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route" "peering_beijing_accepter_route_1_3997DF29" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route" "peering_beijing_accepter_route_2_687AC360" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route" "peering_beijing_requester_route_0_099FF84E" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.beijing_public_C34DE0FD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route" "peering_beijing_requester_route_1_9890C86F" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.beijing_private_0_route_table_6CB0D827.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route" "peering_beijing_requester_route_2_B5370704" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.beijing_private_1_route_table_CB9BC3DF.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
}

resource "aws_route53_record" "consumer_zone_apex_AE92F8D6" {
  provider = aws.cn_northwest_1

  name    = "s3.cn-northwest-1.amazonaws.com.cn"
  type    = "A"
  zone_id = aws_route53_zone.consumer_zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name
    zone_id                = aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].hosted_zone_id
  }
}

resource "aws_route53_record" "consumer_zone_wildcard_D5BBEA19" {
  provider = aws.cn_northwest_1

  name    = "*.s3.cn-northwest-1.amazonaws.com.cn"
  type    = "A"
  zone_id = aws_route53_zone.consumer_zone.zone_id

  alias {
    evaluate_target_health = false
    name                   = aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name
    zone_id                = aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].hosted_zone_id
  }
}

resource "aws_route53_zone" "consumer_zone" {
  provider = aws.cn_northwest_1

  comment = "private-s3-names-s3-names: standard S3 names of s3.cn-northwest-1.amazonaws.com.cn through the interface endpoint"
  name    = "s3.cn-northwest-1.amazonaws.com.cn"
  tags = {
    Name = "private-s3-names-s3-names"
  }

  vpc {
    vpc_id     = aws_vpc.beijing_vpc_FD5235FD.id
    vpc_region = "cn-north-1"
  }

  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route_table" "beijing_private_0_route_table_6CB0D827" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-names-beijing-private-0"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_route_table" "beijing_private_1_route_table_CB9BC3DF" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-names-beijing-private-1"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_route_table" "beijing_public_C34DE0FD" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-names-beijing-public"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_route_table" "ningxia_private_0_route_table_2521E2BB" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-names-ningxia-private-0"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table" "ningxia_private_1_route_table_0A7C44DD" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-names-ningxia-private-1"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table" "ningxia_public_16A6AC42" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-names-ningxia-public"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table_association" "beijing_private_0_routes_B08BE2C0" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.beijing_private_0_route_table_6CB0D827.id
  subnet_id      = aws_subnet.beijing_private_0_A48DEC81.id
}

resource "aws_route_table_association" "beijing_private_1_routes_6C74FFBD" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.beijing_private_1_route_table_CB9BC3DF.id
  subnet_id      = aws_subnet.beijing_private_1_0468EED1.id
}

resource "aws_route_table_association" "beijing_public_0_routes_AB29BA84" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.beijing_public_C34DE0FD.id
  subnet_id      = aws_subnet.beijing_public_0_6034484B.id
}

resource "aws_route_table_association" "beijing_public_1_routes_C2BF6CE1" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.beijing_public_C34DE0FD.id
  subnet_id      = aws_subnet.beijing_public_1_345D1003.id
}

resource "aws_route_table_association" "ningxia_private_0_routes_B4E9D0CA" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  subnet_id      = aws_subnet.ningxia_private_0_1EA37BBA.id
}

resource "aws_route_table_association" "ningxia_private_1_routes_8ECCD2FB" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  subnet_id      = aws_subnet.ningxia_private_1_3FAFF479.id
}

resource "aws_route_table_association" "ningxia_public_0_routes_C0CB172F" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ningxia_public_16A6AC42.id
  subnet_id      = aws_subnet.ningxia_public_0_4C10A355.id
}

resource "aws_route_table_association" "ningxia_public_1_routes_448801D6" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ningxia_public_16A6AC42.id
  subnet_id      = aws_subnet.ningxia_public_1_70028513.id
}

resource "aws_s3_bucket" "bucket_access_logs_bucket_96F46770" {
  provider = aws.cn_northwest_1

  bucket_prefix = "private-s3-names-logs-"
  force_destroy = false

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket" "bucket_data_bucket_1620F92F" {
  provider = aws.cn_northwest_1

  bucket_prefix = "private-s3-names-"
  force_destroy = false

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "bucket_access_logs_lifecycle_25A1AD6A" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  rule {
    id     = "housekeeping"
    status = "Enabled"

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    expiration {
      days = 365
    }

    filter {
      prefix = ""
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }

  depends_on = [aws_s3_bucket_versioning.bucket_access_logs_versioning_B81B1E75]
}

resource "aws_s3_bucket_lifecycle_configuration" "bucket_data_lifecycle_404FD694" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

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

  depends_on = [aws_s3_bucket_versioning.bucket_data_versioning_9A0C9A89]
}

resource "aws_s3_bucket_logging" "bucket_access_logging_D281923C" {
  provider = aws.cn_northwest_1

  bucket        = aws_s3_bucket.bucket_data_bucket_1620F92F.id
  target_bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id
  target_prefix = "s3-access/"

  depends_on = [aws_s3_bucket_policy.bucket_access_logs_policy_83D9A4A2]
}

resource "aws_s3_bucket_ownership_controls" "bucket_access_logs_ownership_94AC8B0D" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_ownership_controls" "bucket_data_ownership_EA56F83D" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "bucket_access_logs_policy_83D9A4A2" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id
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
        Resource = "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/s3-access/*"
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"
          }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/*",
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
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/*",
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
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*",
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
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}",
          "arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*",
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

resource "aws_s3_bucket_public_access_block" "bucket_access_logs_public_access_block_D2355E6F" {
  provider = aws.cn_northwest_1

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "bucket_data_public_access_block_1DF67BB0" {
  provider = aws.cn_northwest_1

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_data_bucket_1620F92F.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_access_logs_encryption_A61B4B5A" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_data_encryption_4BA02C0B" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "bucket_access_logs_versioning_B81B1E75" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "bucket_data_versioning_9A0C9A89" {
  provider = aws.cn_northwest_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "host_beijing_security_group_04E99B91" {
  provider = aws.cn_north_1

  description = "Host private-s3-names-beijing-host"
  name        = "private-s3-names-beijing-host"
  tags = {
    Name = "private-s3-names-beijing-host"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_security_group" "host_ningxia_security_group_FFA37A57" {
  provider = aws.cn_northwest_1

  description = "Host private-s3-names-ningxia-host"
  name        = "private-s3-names-ningxia-host"
  tags = {
    Name = "private-s3-names-ningxia-host"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_security_group" "s3_endpoints_security_group_10F3174B" {
  provider = aws.cn_northwest_1

  description = "S3 interface endpoint: HTTPS from the endpoint VPC and its peered consumer VPCs"
  name        = "private-s3-names-s3-interface-endpoint"
  tags = {
    Name = "private-s3-names-s3-interface-endpoint"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_security_group" "session_manager_beijing_security_group_9C2CA21E" {
  provider = aws.cn_north_1

  description = "Session Manager endpoints: HTTPS from VPC beijing"
  name        = "private-s3-names-beijing-session-manager"
  tags = {
    Name = "private-s3-names-beijing-session-manager"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_security_group" "session_manager_ningxia_security_group_91BCDE0F" {
  provider = aws.cn_northwest_1

  description = "Session Manager endpoints: HTTPS from VPC ningxia"
  name        = "private-s3-names-ningxia-session-manager"
  tags = {
    Name = "private-s3-names-ningxia-session-manager"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_subnet" "beijing_private_0_A48DEC81" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.beijing_zones_7128D561.names, 0)
  cidr_block              = "172.31.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-beijing-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.beijing_zones_7128D561.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC beijing)."
    }
  }
}

resource "aws_subnet" "beijing_private_1_0468EED1" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.beijing_zones_7128D561.names, 1)
  cidr_block              = "172.31.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-beijing-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.beijing_zones_7128D561.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC beijing)."
    }
  }
}

resource "aws_subnet" "beijing_public_0_6034484B" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.beijing_zones_7128D561.names, 0)
  cidr_block              = "172.31.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-beijing-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.beijing_zones_7128D561.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC beijing)."
    }
  }
}

resource "aws_subnet" "beijing_public_1_345D1003" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.beijing_zones_7128D561.names, 1)
  cidr_block              = "172.31.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-beijing-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.beijing_zones_7128D561.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC beijing)."
    }
  }
}

resource "aws_subnet" "ningxia_private_0_1EA37BBA" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ningxia_zones_F8D52E14.names, 0)
  cidr_block              = "10.10.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-ningxia-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ningxia_zones_F8D52E14.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ningxia)."
    }
  }
}

resource "aws_subnet" "ningxia_private_1_3FAFF479" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ningxia_zones_F8D52E14.names, 1)
  cidr_block              = "10.10.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-ningxia-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ningxia_zones_F8D52E14.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ningxia)."
    }
  }
}

resource "aws_subnet" "ningxia_public_0_4C10A355" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ningxia_zones_F8D52E14.names, 0)
  cidr_block              = "10.10.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-ningxia-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ningxia_zones_F8D52E14.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ningxia)."
    }
  }
}

resource "aws_subnet" "ningxia_public_1_70028513" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ningxia_zones_F8D52E14.names, 1)
  cidr_block              = "10.10.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-names-ningxia-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ningxia_zones_F8D52E14.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ningxia)."
    }
  }
}

resource "aws_vpc" "beijing_vpc_FD5235FD" {
  provider = aws.cn_north_1

  cidr_block           = "172.31.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-names-beijing"
  }
}

resource "aws_vpc" "ningxia_vpc_38A32E33" {
  provider = aws.cn_northwest_1

  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-names-ningxia"
  }
}

resource "aws_vpc_endpoint" "s3_endpoints_gateway_F6356A0D" {
  provider = aws.cn_northwest_1

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
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
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
    ]
  })
  route_table_ids = [
    aws_route_table.ningxia_public_16A6AC42.id,
    aws_route_table.ningxia_private_0_route_table_2521E2BB.id,
    aws_route_table.ningxia_private_1_route_table_0A7C44DD.id,
  ]
  service_name = "com.amazonaws.cn-northwest-1.s3"
  tags = {
    Name = "private-s3-names-s3-gateway"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_vpc_endpoint" "s3_endpoints_interface_3D1E180A" {
  provider = aws.cn_northwest_1

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
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
        Resource = ["arn:aws-cn:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
    ]
  })
  private_dns_enabled = false
  security_group_ids  = [aws_security_group.s3_endpoints_security_group_10F3174B.id]
  service_name        = "cn.com.amazonaws.cn-northwest-1.s3"
  subnet_ids = [
    aws_subnet.ningxia_private_0_1EA37BBA.id,
    aws_subnet.ningxia_private_1_3FAFF479.id,
  ]
  tags = {
    Name = "private-s3-names-s3-interface"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id

  dns_options {
    dns_record_ip_type = "ipv4"
  }
}

resource "aws_vpc_endpoint" "session_manager_beijing_ec2messages_6ADB8206" {
  provider = aws.cn_north_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_beijing_security_group_9C2CA21E.id]
  service_name        = "com.amazonaws.cn-north-1.ec2messages"
  subnet_ids = [
    aws_subnet.beijing_private_0_A48DEC81.id,
    aws_subnet.beijing_private_1_0468EED1.id,
  ]
  tags = {
    Name = "private-s3-names-beijing-session-manager-ec2messages"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_vpc_endpoint" "session_manager_beijing_ssm_A60D476F" {
  provider = aws.cn_north_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_beijing_security_group_9C2CA21E.id]
  service_name        = "com.amazonaws.cn-north-1.ssm"
  subnet_ids = [
    aws_subnet.beijing_private_0_A48DEC81.id,
    aws_subnet.beijing_private_1_0468EED1.id,
  ]
  tags = {
    Name = "private-s3-names-beijing-session-manager-ssm"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_vpc_endpoint" "session_manager_beijing_ssmmessages_0E9A01DB" {
  provider = aws.cn_north_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_beijing_security_group_9C2CA21E.id]
  service_name        = "com.amazonaws.cn-north-1.ssmmessages"
  subnet_ids = [
    aws_subnet.beijing_private_0_A48DEC81.id,
    aws_subnet.beijing_private_1_0468EED1.id,
  ]
  tags = {
    Name = "private-s3-names-beijing-session-manager-ssmmessages"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_vpc_endpoint" "session_manager_ningxia_ec2messages_08154854" {
  provider = aws.cn_northwest_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_ningxia_security_group_91BCDE0F.id]
  service_name        = "com.amazonaws.cn-northwest-1.ec2messages"
  subnet_ids = [
    aws_subnet.ningxia_private_0_1EA37BBA.id,
    aws_subnet.ningxia_private_1_3FAFF479.id,
  ]
  tags = {
    Name = "private-s3-names-ningxia-session-manager-ec2messages"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_vpc_endpoint" "session_manager_ningxia_ssm_92B951BF" {
  provider = aws.cn_northwest_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_ningxia_security_group_91BCDE0F.id]
  service_name        = "com.amazonaws.cn-northwest-1.ssm"
  subnet_ids = [
    aws_subnet.ningxia_private_0_1EA37BBA.id,
    aws_subnet.ningxia_private_1_3FAFF479.id,
  ]
  tags = {
    Name = "private-s3-names-ningxia-session-manager-ssm"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_vpc_endpoint" "session_manager_ningxia_ssmmessages_02AF31D3" {
  provider = aws.cn_northwest_1

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.session_manager_ningxia_security_group_91BCDE0F.id]
  service_name        = "com.amazonaws.cn-northwest-1.ssmmessages"
  subnet_ids = [
    aws_subnet.ningxia_private_0_1EA37BBA.id,
    aws_subnet.ningxia_private_1_3FAFF479.id,
  ]
  tags = {
    Name = "private-s3-names-ningxia-session-manager-ssmmessages"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_vpc_peering_connection" "peering_beijing_requester_3C0B9745" {
  provider = aws.cn_north_1

  auto_accept = false
  peer_region = "cn-northwest-1"
  peer_vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
  tags = {
    Name = "private-s3-names-beijing-to-ningxia"
  }
  vpc_id = aws_vpc.beijing_vpc_FD5235FD.id
}

resource "aws_vpc_peering_connection_accepter" "peering_beijing_accepter_4009B218" {
  provider = aws.cn_northwest_1

  auto_accept = true
  tags = {
    Name = "private-s3-names-beijing-to-ningxia"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_beijing_requester_3C0B9745.id
}

resource "aws_vpc_peering_connection_options" "peering_beijing_accepter_options_729BA144" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_beijing_requester_options_402E2A06" {
  provider = aws.cn_north_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_security_group_egress_rule" "host_beijing_security_group_egress_https_to_s3_endpoint_ADAB23C1" {
  provider = aws.cn_north_1

  cidr_ipv4         = "10.10.0.0/16"
  description       = "HTTPS to the S3 interface endpoint in VPC ningxia"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_beijing_security_group_04E99B91.id
  tags = {
    Name = "private-s3-names-beijing-host-egress-https_to_s3_endpoint"
  }
  to_port = 443
}

resource "aws_vpc_security_group_egress_rule" "host_beijing_security_group_egress_https_to_session_manager_05A25BFD" {
  provider = aws.cn_north_1

  cidr_ipv4         = "172.31.0.0/16"
  description       = "HTTPS to the Session Manager endpoints in VPC beijing"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_beijing_security_group_04E99B91.id
  tags = {
    Name = "private-s3-names-beijing-host-egress-https_to_session_manager"
  }
  to_port = 443
}

resource "aws_vpc_security_group_egress_rule" "host_ningxia_security_group_egress_https_to_s3_gateway_F64CAE49" {
  provider = aws.cn_northwest_1

  description       = "HTTPS to S3 through the gateway endpoint"
  from_port         = 443
  ip_protocol       = "tcp"
  prefix_list_id    = aws_vpc_endpoint.s3_endpoints_gateway_F6356A0D.prefix_list_id
  security_group_id = aws_security_group.host_ningxia_security_group_FFA37A57.id
  tags = {
    Name = "private-s3-names-ningxia-host-egress-https_to_s3_gateway"
  }
  to_port = 443
}

resource "aws_vpc_security_group_egress_rule" "host_ningxia_security_group_egress_https_to_vpc_FD6400C9" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "10.10.0.0/16"
  description       = "HTTPS to the endpoints in VPC ningxia"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_ningxia_security_group_FFA37A57.id
  tags = {
    Name = "private-s3-names-ningxia-host-egress-https_to_vpc"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_beijing_90B9605D" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "172.31.0.0/16"
  description       = "HTTPS to S3 from VPC beijing (172.31.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-names-s3-interface-endpoint-ingress-https_from_beijing"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_ningxia_970061C3" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "10.10.0.0/16"
  description       = "HTTPS to S3 from VPC ningxia (10.10.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-names-s3-interface-endpoint-ingress-https_from_ningxia"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "session_manager_beijing_security_group_ingress_https_from_vpc_C5F9077E" {
  provider = aws.cn_north_1

  cidr_ipv4         = "172.31.0.0/16"
  description       = "HTTPS from hosts in VPC beijing (172.31.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.session_manager_beijing_security_group_9C2CA21E.id
  tags = {
    Name = "private-s3-names-beijing-session-manager-ingress-https_from_vpc"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "session_manager_ningxia_security_group_ingress_https_from_vpc_74828B40" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "10.10.0.0/16"
  description       = "HTTPS from hosts in VPC ningxia (10.10.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.session_manager_ningxia_security_group_91BCDE0F.id
  tags = {
    Name = "private-s3-names-ningxia-session-manager-ingress-https_from_vpc"
  }
  to_port = 443
}
