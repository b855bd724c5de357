data "aws_ami" "bastion_frankfurt_ami_814CA9FD" {
  provider = aws.eu_central_1

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

data "aws_ami" "host_frankfurt_ami_33BD2A8B" {
  provider = aws.eu_central_1

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

data "aws_ami" "host_ireland_ami_3C0C6A69" {
  provider = aws.eu_west_1

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

data "aws_availability_zones" "frankfurt_zones_086AFA16" {
  provider = aws.eu_central_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "ireland_zones_17B8F3EB" {
  provider = aws.eu_west_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

resource "aws_cloudwatch_log_group" "flow_logs_frankfurt_log_group_2E866917" {
  provider = aws.eu_central_1

  name              = "/vpc-flow-logs/private-s3-global-frankfurt"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_ireland_log_group_EB5C1D3B" {
  provider = aws.eu_west_1

  name              = "/vpc-flow-logs/private-s3-global-ireland"
  retention_in_days = 365
}

resource "aws_default_security_group" "frankfurt_default_security_group_8061B1FC" {
  provider = aws.eu_central_1

  tags = {
    Name = "private-s3-global-frankfurt-default-unused"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_default_security_group" "ireland_default_security_group_32C514A7" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland-default-unused"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_flow_log" "flow_logs_frankfurt" {
  provider = aws.eu_central_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_frankfurt_log_group_2E866917.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-global-frankfurt"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_flow_log" "flow_logs_ireland" {
  provider = aws.eu_west_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_ireland_log_group_EB5C1D3B.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-global-ireland"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_iam_instance_profile" "host_role_instance_profile_2CF673E0" {
  provider = aws.eu_west_1

  name = "private-s3-global-host"
  role = aws_iam_role.host_role.name
}

resource "aws_iam_role" "flow_log_role" {
  provider = aws.eu_west_1

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
  name        = "private-s3-global-flow-logs"
}

resource "aws_iam_role" "host_role" {
  provider = aws.eu_west_1

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  description = "Verification hosts: read and write the private-access bucket"
  name        = "private-s3-global-host"
}

resource "aws_iam_role_policy" "flow_log_role_policy_35D0A24D" {
  provider = aws.eu_west_1

  name = "deliver-flow-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "DeliverFlowLogs"
        Effect = "Allow"
        Action = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
        Resource = [
          "${aws_cloudwatch_log_group.flow_logs_ireland_log_group_EB5C1D3B.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_frankfurt_log_group_2E866917.arn}:*",
        ]
      },
    ]
  })
  role = aws_iam_role.flow_log_role.id
}

resource "aws_iam_role_policy" "host_role_policy_20AA2802" {
  provider = aws.eu_west_1

  name = "bucket-access"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListBucket"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
      },
      {
        Sid      = "ReadWriteObjects"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
    ]
  })
  role = aws_iam_role.host_role.id
}

resource "aws_instance" "bastion_frankfurt" {
  provider = aws.eu_central_1

  ami                         = data.aws_ami.bastion_frankfurt_ami_814CA9FD.id
  associate_public_ip_address = true
  ebs_optimized               = true
  instance_type               = "t3.micro"
  key_name                    = "private-s3-admin"
  subnet_id                   = aws_subnet.frankfurt_public_0_02FB5271.id
  tags = {
    Name = "private-s3-global-frankfurt-bastion"
    Role = "bastion"
  }
  vpc_security_group_ids = [aws_security_group.bastion_frankfurt_security_group_0483F6AE.id]

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

resource "aws_instance" "host_frankfurt" {
  provider = aws.eu_central_1

  ami                  = data.aws_ami.host_frankfurt_ami_33BD2A8B.id
  ebs_optimized        = true
  iam_instance_profile = aws_iam_instance_profile.host_role_instance_profile_2CF673E0.name
  instance_type        = "t3.micro"
  key_name             = "private-s3-admin"
  subnet_id            = aws_subnet.frankfurt_private_0_8F556EB3.id
  tags = {
    Name = "private-s3-global-frankfurt-host"
    Role = "verification-host"
  }
  vpc_security_group_ids = [aws_security_group.host_frankfurt_security_group_A0A040A7.id]

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

resource "aws_instance" "host_ireland" {
  provider = aws.eu_west_1

  ami                  = data.aws_ami.host_ireland_ami_3C0C6A69.id
  ebs_optimized        = true
  iam_instance_profile = aws_iam_instance_profile.host_role_instance_profile_2CF673E0.name
  instance_type        = "t3.micro"
  key_name             = "private-s3-admin"
  subnet_id            = aws_subnet.ireland_private_0_E296F59C.id
  tags = {
    Name = "private-s3-global-ireland-host"
    Role = "verification-host"
  }
  vpc_security_group_ids = [aws_security_group.host_ireland_security_group_1721E330.id]

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

resource "aws_internet_gateway" "frankfurt_internet_gateway_E5A1D352" {
  provider = aws.eu_central_1

  tags = {
    Name = "private-s3-global-frankfurt"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_internet_gateway" "ireland_internet_gateway_529C65E5" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_route" "frankfurt_public_default_D8CC38FE" {
  provider = aws.eu_central_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.frankfurt_internet_gateway_E5A1D352.id
  route_table_id         = aws_route_table.frankfurt_public_74AB8A17.id
}

resource "aws_route" "ireland_public_default_0262E706" {
  provider = aws.eu_west_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ireland_internet_gateway_529C65E5.id
  route_table_id         = aws_route_table.ireland_public_641A6B58.id
}

resource "aws_route" "peering_frankfurt_accepter_route_0_A2ED2A44" {
  provider = aws.eu_west_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ireland_public_641A6B58.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_accepter_route_1_D5C462E6" {
  provider = aws.eu_west_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ireland_private_0_route_table_BC76C61D.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_accepter_route_2_C751525D" {
  provider = aws.eu_west_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ireland_private_1_route_table_4B0A899F.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_accepter_route_3_12EBF99E" {
  provider = aws.eu_west_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ireland_private_2_route_table_9A21A18F.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_requester_route_0_C2313435" {
  provider = aws.eu_central_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.frankfurt_public_74AB8A17.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_requester_route_1_58524FDC" {
  provider = aws.eu_central_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.frankfurt_private_0_route_table_E32DCFFD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route" "peering_frankfurt_requester_route_2_7083F1D0" {
  provider = aws.eu_central_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.frankfurt_private_1_route_table_3C4FF6F6.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id
}

resource "aws_route_table" "frankfurt_private_0_route_table_E32DCFFD" {
  provider = aws.eu_central_1

  tags = {
    Name = "private-s3-global-frankfurt-private-0"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_route_table" "frankfurt_private_1_route_table_3C4FF6F6" {
  provider = aws.eu_central_1

  tags = {
    Name = "private-s3-global-frankfurt-private-1"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_route_table" "frankfurt_public_74AB8A17" {
  provider = aws.eu_central_1

  tags = {
    Name = "private-s3-global-frankfurt-public"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_route_table" "ireland_private_0_route_table_BC76C61D" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland-private-0"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_route_table" "ireland_private_1_route_table_4B0A899F" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland-private-1"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_route_table" "ireland_private_2_route_table_9A21A18F" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland-private-2"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_route_table" "ireland_public_641A6B58" {
  provider = aws.eu_west_1

  tags = {
    Name = "private-s3-global-ireland-public"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_route_table_association" "frankfurt_private_0_routes_45D9CB57" {
  provider = aws.eu_central_1

  route_table_id = aws_route_table.frankfurt_private_0_route_table_E32DCFFD.id
  subnet_id      = aws_subnet.frankfurt_private_0_8F556EB3.id
}

resource "aws_route_table_association" "frankfurt_private_1_routes_71EC8B53" {
  provider = aws.eu_central_1

  route_table_id = aws_route_table.frankfurt_private_1_route_table_3C4FF6F6.id
  subnet_id      = aws_subnet.frankfurt_private_1_7826E26B.id
}

resource "aws_route_table_association" "frankfurt_public_0_routes_3CA0B8A0" {
  provider = aws.eu_central_1

  route_table_id = aws_route_table.frankfurt_public_74AB8A17.id
  subnet_id      = aws_subnet.frankfurt_public_0_02FB5271.id
}

resource "aws_route_table_association" "frankfurt_public_1_routes_430C58C2" {
  provider = aws.eu_central_1

  route_table_id = aws_route_table.frankfurt_public_74AB8A17.id
  subnet_id      = aws_subnet.frankfurt_public_1_B455631F.id
}

resource "aws_route_table_association" "ireland_private_0_routes_B4EAE5E7" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_private_0_route_table_BC76C61D.id
  subnet_id      = aws_subnet.ireland_private_0_E296F59C.id
}

resource "aws_route_table_association" "ireland_private_1_routes_8C26DE26" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_private_1_route_table_4B0A899F.id
  subnet_id      = aws_subnet.ireland_private_1_9CACDC96.id
}

resource "aws_route_table_association" "ireland_private_2_routes_1B99BE91" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_private_2_route_table_9A21A18F.id
  subnet_id      = aws_subnet.ireland_private_2_9EB644ED.id
}

resource "aws_route_table_association" "ireland_public_0_routes_E6F90525" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_public_641A6B58.id
  subnet_id      = aws_subnet.ireland_public_0_9BC67CAF.id
}

resource "aws_route_table_association" "ireland_public_1_routes_8BDBEFB9" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_public_641A6B58.id
  subnet_id      = aws_subnet.ireland_public_1_449C2F4B.id
}

resource "aws_route_table_association" "ireland_public_2_routes_B4E20A3B" {
  provider = aws.eu_west_1

  route_table_id = aws_route_table.ireland_public_641A6B58.id
  subnet_id      = aws_subnet.ireland_public_2_B2B7C569.id
}

resource "aws_s3_bucket" "bucket_access_logs_bucket_96F46770" {
  provider = aws.eu_west_1

  bucket_prefix = "private-s3-global-logs-"
  force_destroy = false

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket" "bucket_data_bucket_1620F92F" {
  provider = aws.eu_west_1

  bucket_prefix = "private-s3-global-"
  force_destroy = false

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "bucket_access_logs_lifecycle_25A1AD6A" {
  provider = aws.eu_west_1

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
  provider = aws.eu_west_1

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
  provider = aws.eu_west_1

  bucket        = aws_s3_bucket.bucket_data_bucket_1620F92F.id
  target_bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id
  target_prefix = "s3-access/"

  depends_on = [aws_s3_bucket_policy.bucket_access_logs_policy_83D9A4A2]
}

resource "aws_s3_bucket_ownership_controls" "bucket_access_logs_ownership_94AC8B0D" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_ownership_controls" "bucket_data_ownership_EA56F83D" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "bucket_access_logs_policy_83D9A4A2" {
  provider = aws.eu_west_1

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
        Resource = "arn:aws:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/s3-access/*"
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"
          }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}",
          "arn:aws:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/*",
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
          "arn:aws:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}",
          "arn:aws:s3:::${aws_s3_bucket.bucket_access_logs_bucket_96F46770.bucket}/*",
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
  provider = aws.eu_west_1

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
          "arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}",
          "arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*",
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
          "arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}",
          "arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*",
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
  provider = aws.eu_west_1

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "bucket_data_public_access_block_1DF67BB0" {
  provider = aws.eu_west_1

  block_public_acls       = true
  block_public_policy     = true
  bucket                  = aws_s3_bucket.bucket_data_bucket_1620F92F.id
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_access_logs_encryption_A61B4B5A" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_data_encryption_4BA02C0B" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "bucket_access_logs_versioning_B81B1E75" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_access_logs_bucket_96F46770.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "bucket_data_versioning_9A0C9A89" {
  provider = aws.eu_west_1

  bucket = aws_s3_bucket.bucket_data_bucket_1620F92F.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "bastion_frankfurt_security_group_0483F6AE" {
  provider = aws.eu_central_1

  description = "Host private-s3-global-frankfurt-bastion"
  name        = "private-s3-global-frankfurt-bastion"
  tags = {
    Name = "private-s3-global-frankfurt-bastion"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_security_group" "host_frankfurt_security_group_A0A040A7" {
  provider = aws.eu_central_1

  description = "Host private-s3-global-frankfurt-host"
  name        = "private-s3-global-frankfurt-host"
  tags = {
    Name = "private-s3-global-frankfurt-host"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_security_group" "host_ireland_security_group_1721E330" {
  provider = aws.eu_west_1

  description = "Host private-s3-global-ireland-host"
  name        = "private-s3-global-ireland-host"
  tags = {
    Name = "private-s3-global-ireland-host"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_security_group" "s3_endpoints_security_group_10F3174B" {
  provider = aws.eu_west_1

  description = "S3 interface endpoint: HTTPS from the endpoint VPC and its peered consumer VPCs"
  name        = "private-s3-global-s3-interface-endpoint"
  tags = {
    Name = "private-s3-global-s3-interface-endpoint"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_subnet" "frankfurt_private_0_8F556EB3" {
  provider = aws.eu_central_1

  availability_zone       = element(data.aws_availability_zones.frankfurt_zones_086AFA16.names, 0)
  cidr_block              = "10.30.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-frankfurt-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.frankfurt_zones_086AFA16.names) >= 2
      error_message = "eu-central-1 has fewer than 2 available zones (az_count of VPC frankfurt)."
    }
  }
}

resource "aws_subnet" "frankfurt_private_1_7826E26B" {
  provider = aws.eu_central_1

  availability_zone       = element(data.aws_availability_zones.frankfurt_zones_086AFA16.names, 1)
  cidr_block              = "10.30.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-frankfurt-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.frankfurt_zones_086AFA16.names) >= 2
      error_message = "eu-central-1 has fewer than 2 available zones (az_count of VPC frankfurt)."
    }
  }
}

resource "aws_subnet" "frankfurt_public_0_02FB5271" {
  provider = aws.eu_central_1

  availability_zone       = element(data.aws_availability_zones.frankfurt_zones_086AFA16.names, 0)
  cidr_block              = "10.30.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-frankfurt-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.frankfurt_zones_086AFA16.names) >= 2
      error_message = "eu-central-1 has fewer than 2 available zones (az_count of VPC frankfurt)."
    }
  }
}

resource "aws_subnet" "frankfurt_public_1_B455631F" {
  provider = aws.eu_central_1

  availability_zone       = element(data.aws_availability_zones.frankfurt_zones_086AFA16.names, 1)
  cidr_block              = "10.30.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-frankfurt-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.frankfurt_zones_086AFA16.names) >= 2
      error_message = "eu-central-1 has fewer than 2 available zones (az_count of VPC frankfurt)."
    }
  }
}

resource "aws_subnet" "ireland_private_0_E296F59C" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 0)
  cidr_block              = "10.20.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_subnet" "ireland_private_1_9CACDC96" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 1)
  cidr_block              = "10.20.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_subnet" "ireland_private_2_9EB644ED" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 2)
  cidr_block              = "10.20.5.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-private-2"
    Tier = "private"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_subnet" "ireland_public_0_9BC67CAF" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 0)
  cidr_block              = "10.20.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_subnet" "ireland_public_1_449C2F4B" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 1)
  cidr_block              = "10.20.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_subnet" "ireland_public_2_B2B7C569" {
  provider = aws.eu_west_1

  availability_zone       = element(data.aws_availability_zones.ireland_zones_17B8F3EB.names, 2)
  cidr_block              = "10.20.4.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-global-ireland-public-2"
    Tier = "public"
  }
  vpc_id = aws_vpc.ireland_vpc_021407F9.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ireland_zones_17B8F3EB.names) >= 3
      error_message = "eu-west-1 has fewer than 3 available zones (az_count of VPC ireland)."
    }
  }
}

resource "aws_vpc" "frankfurt_vpc_2E96B794" {
  provider = aws.eu_central_1

  cidr_block           = "10.30.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-global-frankfurt"
  }
}

resource "aws_vpc" "ireland_vpc_021407F9" {
  provider = aws.eu_west_1

  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-global-ireland"
  }
}

resource "aws_vpc_endpoint" "s3_endpoints_gateway_F6356A0D" {
  provider = aws.eu_west_1

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
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
        Resource = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
    ]
  })
  route_table_ids = [
    aws_route_table.ireland_public_641A6B58.id,
    aws_route_table.ireland_private_0_route_table_BC76C61D.id,
    aws_route_table.ireland_private_1_route_table_4B0A899F.id,
    aws_route_table.ireland_private_2_route_table_9A21A18F.id,
  ]
  service_name = "com.amazonaws.eu-west-1.s3"
  tags = {
    Name = "private-s3-global-s3-gateway"
  }
  vpc_endpoint_type = "Gateway"
  vpc_id            = aws_vpc.ireland_vpc_021407F9.id
}

resource "aws_vpc_endpoint" "s3_endpoints_interface_3D1E180A" {
  provider = aws.eu_west_1

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ConfiguredBuckets"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]
        Resource  = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}"]
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
        Resource = ["arn:aws:s3:::${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/*"]
      },
    ]
  })
  private_dns_enabled = false
  security_group_ids  = [aws_security_group.s3_endpoints_security_group_10F3174B.id]
  service_name        = "com.amazonaws.eu-west-1.s3"
  subnet_ids = [
    aws_subnet.ireland_private_0_E296F59C.id,
    aws_subnet.ireland_private_1_9CACDC96.id,
    aws_subnet.ireland_private_2_9EB644ED.id,
  ]
  tags = {
    Name = "private-s3-global-s3-interface"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ireland_vpc_021407F9.id

  dns_options {
    dns_record_ip_type = "ipv4"
  }
}

resource "aws_vpc_peering_connection" "peering_frankfurt_requester_C6732CEE" {
  provider = aws.eu_central_1

  auto_accept = false
  peer_region = "eu-west-1"
  peer_vpc_id = aws_vpc.ireland_vpc_021407F9.id
  tags = {
    Name = "private-s3-global-frankfurt-to-ireland"
  }
  vpc_id = aws_vpc.frankfurt_vpc_2E96B794.id
}

resource "aws_vpc_peering_connection_accepter" "peering_frankfurt_accepter_27E28A70" {
  provider = aws.eu_west_1

  auto_accept = true
  tags = {
    Name = "private-s3-global-frankfurt-to-ireland"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_frankfurt_requester_C6732CEE.id
}

resource "aws_vpc_peering_connection_options" "peering_frankfurt_accepter_options_E690EEDD" {
  provider = aws.eu_west_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_frankfurt_requester_options_A3A86ECD" {
  provider = aws.eu_central_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_frankfurt_accepter_27E28A70.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_security_group_egress_rule" "bastion_frankfurt_security_group_egress_ssh_to_vpc_D62A4666" {
  provider = aws.eu_central_1

  cidr_ipv4         = "10.30.0.0/16"
  description       = "SSH to hosts in VPC frankfurt"
  from_port         = 22
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.bastion_frankfurt_security_group_0483F6AE.id
  tags = {
    Name = "private-s3-global-frankfurt-bastion-egress-ssh_to_vpc"
  }
  to_port = 22
}

resource "aws_vpc_security_group_egress_rule" "host_frankfurt_security_group_egress_https_to_s3_endpoint_BDFDBAF4" {
  provider = aws.eu_central_1

  cidr_ipv4         = "10.20.0.0/16"
  description       = "HTTPS to the S3 interface endpoint in VPC ireland"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_frankfurt_security_group_A0A040A7.id
  tags = {
    Name = "private-s3-global-frankfurt-host-egress-https_to_s3_endpoint"
  }
  to_port = 443
}

resource "aws_vpc_security_group_egress_rule" "host_frankfurt_security_group_egress_ssh_to_endpoint_vpc_F292DE84" {
  provider = aws.eu_central_1

  cidr_ipv4         = "10.20.0.0/16"
  description       = "SSH to the host in VPC ireland"
  from_port         = 22
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_frankfurt_security_group_A0A040A7.id
  tags = {
    Name = "private-s3-global-frankfurt-host-egress-ssh_to_endpoint_vpc"
  }
  to_port = 22
}

resource "aws_vpc_security_group_egress_rule" "host_ireland_security_group_egress_https_to_s3_gateway_8A9DA182" {
  provider = aws.eu_west_1

  description       = "HTTPS to S3 through the gateway endpoint"
  from_port         = 443
  ip_protocol       = "tcp"
  prefix_list_id    = aws_vpc_endpoint.s3_endpoints_gateway_F6356A0D.prefix_list_id
  security_group_id = aws_security_group.host_ireland_security_group_1721E330.id
  tags = {
    Name = "private-s3-global-ireland-host-egress-https_to_s3_gateway"
  }
  to_port = 443
}

resource "aws_vpc_security_group_egress_rule" "host_ireland_security_group_egress_https_to_vpc_77B21F1A" {
  provider = aws.eu_west_1

  cidr_ipv4         = "10.20.0.0/16"
  description       = "HTTPS to the endpoints in VPC ireland"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_ireland_security_group_1721E330.id
  tags = {
    Name = "private-s3-global-ireland-host-egress-https_to_vpc"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "bastion_frankfurt_security_group_ingress_ssh_from_admin_092F5CCB" {
  provider = aws.eu_central_1

  cidr_ipv4         = "203.0.113.0/24"
  description       = "SSH from the administrators' range"
  from_port         = 22
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.bastion_frankfurt_security_group_0483F6AE.id
  tags = {
    Name = "private-s3-global-frankfurt-bastion-ingress-ssh_from_admin"
  }
  to_port = 22
}

resource "aws_vpc_security_group_ingress_rule" "host_frankfurt_security_group_ingress_ssh_from_bastion_E15C90EE" {
  provider = aws.eu_central_1

  cidr_ipv4         = "${aws_instance.bastion_frankfurt.private_ip}/32"
  description       = "SSH from the bastion"
  from_port         = 22
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_frankfurt_security_group_A0A040A7.id
  tags = {
    Name = "private-s3-global-frankfurt-host-ingress-ssh_from_bastion"
  }
  to_port = 22
}

resource "aws_vpc_security_group_ingress_rule" "host_ireland_security_group_ingress_ssh_from_frankfurt_817FFDC9" {
  provider = aws.eu_west_1

  cidr_ipv4         = "10.30.0.0/16"
  description       = "SSH from hosts in VPC frankfurt"
  from_port         = 22
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.host_ireland_security_group_1721E330.id
  tags = {
    Name = "private-s3-global-ireland-host-ingress-ssh_from_frankfurt"
  }
  to_port = 22
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_frankfurt_4F0822E6" {
  provider = aws.eu_west_1

  cidr_ipv4         = "10.30.0.0/16"
  description       = "HTTPS to S3 from VPC frankfurt (10.30.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-global-s3-interface-endpoint-ingress-https_from_frankfurt"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_ireland_11298F6E" {
  provider = aws.eu_west_1

  cidr_ipv4         = "10.20.0.0/16"
  description       = "HTTPS to S3 from VPC ireland (10.20.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-global-s3-interface-endpoint-ingress-https_from_ireland"
  }
  to_port = 443
}
