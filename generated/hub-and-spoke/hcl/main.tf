data "aws_availability_zones" "analytics_zones_BC3F26B3" {
  provider = aws.cn_north_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "batch_zones_EC5C112B" {
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

data "aws_availability_zones" "ops_zones_99BA960E" {
  provider = aws.cn_northwest_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "web_zones_88069076" {
  provider = aws.cn_north_1

  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

resource "aws_cloudwatch_log_group" "flow_logs_analytics_log_group_BAC1FAF9" {
  provider = aws.cn_north_1

  name              = "/vpc-flow-logs/private-s3-hub-analytics"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_batch_log_group_B63C944C" {
  provider = aws.cn_north_1

  name              = "/vpc-flow-logs/private-s3-hub-batch"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_ningxia_log_group_38A3DB5F" {
  provider = aws.cn_northwest_1

  name              = "/vpc-flow-logs/private-s3-hub-ningxia"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_ops_log_group_63504FF7" {
  provider = aws.cn_northwest_1

  name              = "/vpc-flow-logs/private-s3-hub-ops"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "flow_logs_web_log_group_A5F7E9D1" {
  provider = aws.cn_north_1

  name              = "/vpc-flow-logs/private-s3-hub-web"
  retention_in_days = 365
}

resource "aws_default_security_group" "analytics_default_security_group_7746C832" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-analytics-default-unused"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_default_security_group" "batch_default_security_group_63AF1FAF" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-batch-default-unused"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_default_security_group" "ningxia_default_security_group_42665095" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ningxia-default-unused"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_default_security_group" "ops_default_security_group_23E40B74" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ops-default-unused"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_default_security_group" "web_default_security_group_6D95A435" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-web-default-unused"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_flow_log" "flow_logs_analytics" {
  provider = aws.cn_north_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_analytics_log_group_BAC1FAF9.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-hub-analytics"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_flow_log" "flow_logs_batch" {
  provider = aws.cn_north_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_batch_log_group_B63C944C.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-hub-batch"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_flow_log" "flow_logs_ningxia" {
  provider = aws.cn_northwest_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_ningxia_log_group_38A3DB5F.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-hub-ningxia"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_flow_log" "flow_logs_ops" {
  provider = aws.cn_northwest_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_ops_log_group_63504FF7.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-hub-ops"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_flow_log" "flow_logs_web" {
  provider = aws.cn_north_1

  iam_role_arn             = aws_iam_role.flow_log_role.arn
  log_destination          = aws_cloudwatch_log_group.flow_logs_web_log_group_A5F7E9D1.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 60
  tags = {
    Name = "private-s3-hub-web"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.web_vpc_A972E6E4.id
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
  name        = "private-s3-hub-flow-logs"
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
          "${aws_cloudwatch_log_group.flow_logs_web_log_group_A5F7E9D1.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_batch_log_group_B63C944C.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_analytics_log_group_BAC1FAF9.arn}:*",
          "${aws_cloudwatch_log_group.flow_logs_ops_log_group_63504FF7.arn}:*",
        ]
      },
    ]
  })
  role = aws_iam_role.flow_log_role.id
}

resource "aws_internet_gateway" "analytics_internet_gateway_193E8BBF" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-analytics"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_internet_gateway" "batch_internet_gateway_C4FCEB2F" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-batch"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_internet_gateway" "ningxia_internet_gateway_EF92D9A8" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ningxia"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_internet_gateway" "ops_internet_gateway_C3711E5C" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ops"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_internet_gateway" "web_internet_gateway_6C4A7F05" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-web"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_route" "analytics_public_default_C40C576B" {
  provider = aws.cn_north_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.analytics_internet_gateway_193E8BBF.id
  route_table_id         = aws_route_table.analytics_public_E9A310CC.id
}

resource "aws_route" "batch_public_default_55E03DE1" {
  provider = aws.cn_north_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.batch_internet_gateway_C4FCEB2F.id
  route_table_id         = aws_route_table.batch_public_DB0D7CDD.id
}

resource "aws_route" "ningxia_public_default_6DEEF003" {
  provider = aws.cn_northwest_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ningxia_internet_gateway_EF92D9A8.id
  route_table_id         = aws_route_table.ningxia_public_16A6AC42.id
}

resource "aws_route" "ops_public_default_FA9B3D13" {
  provider = aws.cn_northwest_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ops_internet_gateway_C3711E5C.id
  route_table_id         = aws_route_table.ops_public_B6545DC3.id
}

resource "aws_route" "peering_analytics_accepter_route_0_4B4C4DB9" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "192.168.0.0/20"
  route_table_id            = aws_route_table.ningxia_public_16A6AC42.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_analytics_accepter_route_1_17C3FAE7" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "192.168.0.0/20"
  route_table_id            = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_analytics_accepter_route_2_5C7CC077" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "192.168.0.0/20"
  route_table_id            = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_analytics_requester_route_0_1A833B7F" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.analytics_public_E9A310CC.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_analytics_requester_route_1_B23F9A81" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.analytics_private_0_route_table_68776A12.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_analytics_requester_route_2_21832AD0" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.analytics_private_1_route_table_F9973E0F.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id
}

resource "aws_route" "peering_batch_accepter_route_0_A4BD9ACE" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.ningxia_public_16A6AC42.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_batch_accepter_route_1_D952114C" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_batch_accepter_route_2_E96A01B5" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.20.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_batch_requester_route_0_66B3F564" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.batch_public_DB0D7CDD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_batch_requester_route_1_62D4E51D" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.batch_private_0_route_table_B2B45A9F.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_batch_requester_route_2_A52AF55D" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.batch_private_1_route_table_BF59EE2D.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id
}

resource "aws_route" "peering_ops_accepter_route_0_0DF9881E" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ningxia_public_16A6AC42.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_ops_accepter_route_1_73A87EC2" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_ops_accepter_route_2_6D180610" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.30.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_ops_requester_route_0_A4D23592" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.ops_public_B6545DC3.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_ops_requester_route_1_EBB16B86" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.ops_private_0_route_table_68DF5842.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_ops_requester_route_2_7386D86B" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.ops_private_1_route_table_1E5BB7CB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id
}

resource "aws_route" "peering_web_accepter_route_0_69968ABB" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_public_16A6AC42.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "peering_web_accepter_route_1_D9D7438E" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_0_route_table_2521E2BB.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "peering_web_accepter_route_2_3751368B" {
  provider = aws.cn_northwest_1

  destination_cidr_block    = "172.31.0.0/16"
  route_table_id            = aws_route_table.ningxia_private_1_route_table_0A7C44DD.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "peering_web_requester_route_0_ABFDA43E" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.web_public_8470930D.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "peering_web_requester_route_1_3BCD3187" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.web_private_0_route_table_84D9A25C.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "peering_web_requester_route_2_F89EED7C" {
  provider = aws.cn_north_1

  destination_cidr_block    = "10.10.0.0/16"
  route_table_id            = aws_route_table.web_private_1_route_table_883FE206.id
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id
}

resource "aws_route" "web_public_default_A8EEFD03" {
  provider = aws.cn_north_1

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.web_internet_gateway_6C4A7F05.id
  route_table_id         = aws_route_table.web_public_8470930D.id
}

resource "aws_route_table" "analytics_private_0_route_table_68776A12" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-analytics-private-0"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_route_table" "analytics_private_1_route_table_F9973E0F" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-analytics-private-1"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_route_table" "analytics_public_E9A310CC" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-analytics-public"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_route_table" "batch_private_0_route_table_B2B45A9F" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-batch-private-0"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_route_table" "batch_private_1_route_table_BF59EE2D" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-batch-private-1"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_route_table" "batch_public_DB0D7CDD" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-batch-public"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_route_table" "ningxia_private_0_route_table_2521E2BB" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ningxia-private-0"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table" "ningxia_private_1_route_table_0A7C44DD" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ningxia-private-1"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table" "ningxia_public_16A6AC42" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ningxia-public"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_route_table" "ops_private_0_route_table_68DF5842" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ops-private-0"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_route_table" "ops_private_1_route_table_1E5BB7CB" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ops-private-1"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_route_table" "ops_public_B6545DC3" {
  provider = aws.cn_northwest_1

  tags = {
    Name = "private-s3-hub-ops-public"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_route_table" "web_private_0_route_table_84D9A25C" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-web-private-0"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_route_table" "web_private_1_route_table_883FE206" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-web-private-1"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_route_table" "web_public_8470930D" {
  provider = aws.cn_north_1

  tags = {
    Name = "private-s3-hub-web-public"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_route_table_association" "analytics_private_0_routes_7765261B" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.analytics_private_0_route_table_68776A12.id
  subnet_id      = aws_subnet.analytics_private_0_6649AD54.id
}

resource "aws_route_table_association" "analytics_private_1_routes_1091C114" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.analytics_private_1_route_table_F9973E0F.id
  subnet_id      = aws_subnet.analytics_private_1_6DC6E048.id
}

resource "aws_route_table_association" "analytics_public_0_routes_A64838FE" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.analytics_public_E9A310CC.id
  subnet_id      = aws_subnet.analytics_public_0_EF066716.id
}

resource "aws_route_table_association" "analytics_public_1_routes_4AAFA3B9" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.analytics_public_E9A310CC.id
  subnet_id      = aws_subnet.analytics_public_1_03935326.id
}

resource "aws_route_table_association" "batch_private_0_routes_08285FCE" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.batch_private_0_route_table_B2B45A9F.id
  subnet_id      = aws_subnet.batch_private_0_8D1CA9B6.id
}

resource "aws_route_table_association" "batch_private_1_routes_94D01159" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.batch_private_1_route_table_BF59EE2D.id
  subnet_id      = aws_subnet.batch_private_1_6A1BA1BA.id
}

resource "aws_route_table_association" "batch_public_0_routes_4C3F804F" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.batch_public_DB0D7CDD.id
  subnet_id      = aws_subnet.batch_public_0_192E6836.id
}

resource "aws_route_table_association" "batch_public_1_routes_6439D4DC" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.batch_public_DB0D7CDD.id
  subnet_id      = aws_subnet.batch_public_1_74D6EBD2.id
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

resource "aws_route_table_association" "ops_private_0_routes_796135E8" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ops_private_0_route_table_68DF5842.id
  subnet_id      = aws_subnet.ops_private_0_05527C91.id
}

resource "aws_route_table_association" "ops_private_1_routes_695BF14E" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ops_private_1_route_table_1E5BB7CB.id
  subnet_id      = aws_subnet.ops_private_1_A365CE53.id
}

resource "aws_route_table_association" "ops_public_0_routes_F319058D" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ops_public_B6545DC3.id
  subnet_id      = aws_subnet.ops_public_0_EDBCAED0.id
}

resource "aws_route_table_association" "ops_public_1_routes_FBAECE38" {
  provider = aws.cn_northwest_1

  route_table_id = aws_route_table.ops_public_B6545DC3.id
  subnet_id      = aws_subnet.ops_public_1_6C2ED90A.id
}

resource "aws_route_table_association" "web_private_0_routes_BB3A94B9" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.web_private_0_route_table_84D9A25C.id
  subnet_id      = aws_subnet.web_private_0_0EF9DAB2.id
}

resource "aws_route_table_association" "web_private_1_routes_218A00A1" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.web_private_1_route_table_883FE206.id
  subnet_id      = aws_subnet.web_private_1_4B563DB0.id
}

resource "aws_route_table_association" "web_public_0_routes_4E3F6391" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.web_public_8470930D.id
  subnet_id      = aws_subnet.web_public_0_F1C73567.id
}

resource "aws_route_table_association" "web_public_1_routes_48A9B07A" {
  provider = aws.cn_north_1

  route_table_id = aws_route_table.web_public_8470930D.id
  subnet_id      = aws_subnet.web_public_1_9BC075E1.id
}

resource "aws_s3_bucket" "bucket_access_logs_bucket_96F46770" {
  provider = aws.cn_northwest_1

  bucket_prefix = "private-s3-hub-logs-"
  force_destroy = false

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket" "bucket_data_bucket_1620F92F" {
  provider = aws.cn_northwest_1

  bucket_prefix = "private-s3-hub-"
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

resource "aws_security_group" "s3_endpoints_security_group_10F3174B" {
  provider = aws.cn_northwest_1

  description = "S3 interface endpoint: HTTPS from the endpoint VPC and its peered consumer VPCs"
  name        = "private-s3-hub-s3-interface-endpoint"
  tags = {
    Name = "private-s3-hub-s3-interface-endpoint"
  }
  vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
}

resource "aws_subnet" "analytics_private_0_6649AD54" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.analytics_zones_BC3F26B3.names, 0)
  cidr_block              = "192.168.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-analytics-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.analytics_zones_BC3F26B3.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC analytics)."
    }
  }
}

resource "aws_subnet" "analytics_private_1_6DC6E048" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.analytics_zones_BC3F26B3.names, 1)
  cidr_block              = "192.168.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-analytics-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.analytics_zones_BC3F26B3.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC analytics)."
    }
  }
}

resource "aws_subnet" "analytics_public_0_EF066716" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.analytics_zones_BC3F26B3.names, 0)
  cidr_block              = "192.168.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-analytics-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.analytics_zones_BC3F26B3.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC analytics)."
    }
  }
}

resource "aws_subnet" "analytics_public_1_03935326" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.analytics_zones_BC3F26B3.names, 1)
  cidr_block              = "192.168.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-analytics-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.analytics_zones_BC3F26B3.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC analytics)."
    }
  }
}

resource "aws_subnet" "batch_private_0_8D1CA9B6" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.batch_zones_EC5C112B.names, 0)
  cidr_block              = "10.20.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-batch-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.batch_zones_EC5C112B.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC batch)."
    }
  }
}

resource "aws_subnet" "batch_private_1_6A1BA1BA" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.batch_zones_EC5C112B.names, 1)
  cidr_block              = "10.20.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-batch-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.batch_zones_EC5C112B.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC batch)."
    }
  }
}

resource "aws_subnet" "batch_public_0_192E6836" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.batch_zones_EC5C112B.names, 0)
  cidr_block              = "10.20.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-batch-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.batch_zones_EC5C112B.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC batch)."
    }
  }
}

resource "aws_subnet" "batch_public_1_74D6EBD2" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.batch_zones_EC5C112B.names, 1)
  cidr_block              = "10.20.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-batch-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.batch_zones_EC5C112B.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC batch)."
    }
  }
}

resource "aws_subnet" "ningxia_private_0_1EA37BBA" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ningxia_zones_F8D52E14.names, 0)
  cidr_block              = "10.10.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-ningxia-private-0"
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
    Name = "private-s3-hub-ningxia-private-1"
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
    Name = "private-s3-hub-ningxia-public-0"
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
    Name = "private-s3-hub-ningxia-public-1"
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

resource "aws_subnet" "ops_private_0_05527C91" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ops_zones_99BA960E.names, 0)
  cidr_block              = "10.30.1.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-ops-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ops_zones_99BA960E.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ops)."
    }
  }
}

resource "aws_subnet" "ops_private_1_A365CE53" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ops_zones_99BA960E.names, 1)
  cidr_block              = "10.30.3.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-ops-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ops_zones_99BA960E.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ops)."
    }
  }
}

resource "aws_subnet" "ops_public_0_EDBCAED0" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ops_zones_99BA960E.names, 0)
  cidr_block              = "10.30.0.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-ops-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ops_zones_99BA960E.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ops)."
    }
  }
}

resource "aws_subnet" "ops_public_1_6C2ED90A" {
  provider = aws.cn_northwest_1

  availability_zone       = element(data.aws_availability_zones.ops_zones_99BA960E.names, 1)
  cidr_block              = "10.30.2.0/24"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-ops-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.ops_zones_99BA960E.names) >= 2
      error_message = "cn-northwest-1 has fewer than 2 available zones (az_count of VPC ops)."
    }
  }
}

resource "aws_subnet" "web_private_0_0EF9DAB2" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.web_zones_88069076.names, 0)
  cidr_block              = "172.31.16.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-web-private-0"
    Tier = "private"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.web_zones_88069076.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC web)."
    }
  }
}

resource "aws_subnet" "web_private_1_4B563DB0" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.web_zones_88069076.names, 1)
  cidr_block              = "172.31.48.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-web-private-1"
    Tier = "private"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.web_zones_88069076.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC web)."
    }
  }
}

resource "aws_subnet" "web_public_0_F1C73567" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.web_zones_88069076.names, 0)
  cidr_block              = "172.31.0.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-web-public-0"
    Tier = "public"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.web_zones_88069076.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC web)."
    }
  }
}

resource "aws_subnet" "web_public_1_9BC075E1" {
  provider = aws.cn_north_1

  availability_zone       = element(data.aws_availability_zones.web_zones_88069076.names, 1)
  cidr_block              = "172.31.32.0/20"
  map_public_ip_on_launch = false
  tags = {
    Name = "private-s3-hub-web-public-1"
    Tier = "public"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id

  lifecycle {
    ignore_changes = [availability_zone]

    precondition {
      condition     = length(data.aws_availability_zones.web_zones_88069076.names) >= 2
      error_message = "cn-north-1 has fewer than 2 available zones (az_count of VPC web)."
    }
  }
}

resource "aws_vpc" "analytics_vpc_B6415144" {
  provider = aws.cn_north_1

  cidr_block           = "192.168.0.0/20"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-hub-analytics"
  }
}

resource "aws_vpc" "batch_vpc_392A5CEC" {
  provider = aws.cn_north_1

  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-hub-batch"
  }
}

resource "aws_vpc" "ningxia_vpc_38A32E33" {
  provider = aws.cn_northwest_1

  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-hub-ningxia"
  }
}

resource "aws_vpc" "ops_vpc_2CC0C69B" {
  provider = aws.cn_northwest_1

  cidr_block           = "10.30.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-hub-ops"
  }
}

resource "aws_vpc" "web_vpc_A972E6E4" {
  provider = aws.cn_north_1

  cidr_block           = "172.31.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    Name = "private-s3-hub-web"
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
    Name = "private-s3-hub-s3-gateway"
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
    Name = "private-s3-hub-s3-interface"
  }
  vpc_endpoint_type = "Interface"
  vpc_id            = aws_vpc.ningxia_vpc_38A32E33.id

  dns_options {
    dns_record_ip_type = "ipv4"
  }
}

resource "aws_vpc_peering_connection" "peering_analytics_requester_DF8A5DF5" {
  provider = aws.cn_north_1

  auto_accept = false
  peer_region = "cn-northwest-1"
  peer_vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
  tags = {
    Name = "private-s3-hub-analytics-to-ningxia"
  }
  vpc_id = aws_vpc.analytics_vpc_B6415144.id
}

resource "aws_vpc_peering_connection" "peering_batch_requester_FF0C882A" {
  provider = aws.cn_north_1

  auto_accept = false
  peer_region = "cn-northwest-1"
  peer_vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
  tags = {
    Name = "private-s3-hub-batch-to-ningxia"
  }
  vpc_id = aws_vpc.batch_vpc_392A5CEC.id
}

resource "aws_vpc_peering_connection" "peering_ops_requester_FFEDF87F" {
  provider = aws.cn_northwest_1

  auto_accept = false
  peer_vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
  tags = {
    Name = "private-s3-hub-ops-to-ningxia"
  }
  vpc_id = aws_vpc.ops_vpc_2CC0C69B.id
}

resource "aws_vpc_peering_connection" "peering_web_requester_C9CF107C" {
  provider = aws.cn_north_1

  auto_accept = false
  peer_region = "cn-northwest-1"
  peer_vpc_id = aws_vpc.ningxia_vpc_38A32E33.id
  tags = {
    Name = "private-s3-hub-web-to-ningxia"
  }
  vpc_id = aws_vpc.web_vpc_A972E6E4.id
}

resource "aws_vpc_peering_connection_accepter" "peering_analytics_accepter_63637736" {
  provider = aws.cn_northwest_1

  auto_accept = true
  tags = {
    Name = "private-s3-hub-analytics-to-ningxia"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_analytics_requester_DF8A5DF5.id
}

resource "aws_vpc_peering_connection_accepter" "peering_batch_accepter_9A6E95F6" {
  provider = aws.cn_northwest_1

  auto_accept = true
  tags = {
    Name = "private-s3-hub-batch-to-ningxia"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_batch_requester_FF0C882A.id
}

resource "aws_vpc_peering_connection_accepter" "peering_ops_accepter_06948158" {
  provider = aws.cn_northwest_1

  auto_accept = true
  tags = {
    Name = "private-s3-hub-ops-to-ningxia"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_ops_requester_FFEDF87F.id
}

resource "aws_vpc_peering_connection_accepter" "peering_web_accepter_D85FF5FE" {
  provider = aws.cn_northwest_1

  auto_accept = true
  tags = {
    Name = "private-s3-hub-web-to-ningxia"
  }
  vpc_peering_connection_id = aws_vpc_peering_connection.peering_web_requester_C9CF107C.id
}

resource "aws_vpc_peering_connection_options" "peering_analytics_accepter_options_267428BB" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_analytics_requester_options_51548A1A" {
  provider = aws.cn_north_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_analytics_accepter_63637736.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_batch_accepter_options_65DD7139" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_batch_requester_options_DF12B1F7" {
  provider = aws.cn_north_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_batch_accepter_9A6E95F6.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_ops_accepter_options_1C81385F" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_ops_requester_options_2553B9E4" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_ops_accepter_06948158.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_web_accepter_options_4C931BE2" {
  provider = aws.cn_northwest_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "peering_web_requester_options_863AE167" {
  provider = aws.cn_north_1

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.peering_web_accepter_D85FF5FE.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_analytics_631D59B3" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "192.168.0.0/20"
  description       = "HTTPS to S3 from VPC analytics (192.168.0.0/20)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-hub-s3-interface-endpoint-ingress-https_from_analytics"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_batch_2AC727C2" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "10.20.0.0/16"
  description       = "HTTPS to S3 from VPC batch (10.20.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-hub-s3-interface-endpoint-ingress-https_from_batch"
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
    Name = "private-s3-hub-s3-interface-endpoint-ingress-https_from_ningxia"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_ops_0F87F0EC" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "10.30.0.0/16"
  description       = "HTTPS to S3 from VPC ops (10.30.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-hub-s3-interface-endpoint-ingress-https_from_ops"
  }
  to_port = 443
}

resource "aws_vpc_security_group_ingress_rule" "s3_endpoints_security_group_ingress_https_from_web_307F4ACE" {
  provider = aws.cn_northwest_1

  cidr_ipv4         = "172.31.0.0/16"
  description       = "HTTPS to S3 from VPC web (172.31.0.0/16)"
  from_port         = 443
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.s3_endpoints_security_group_10F3174B.id
  tags = {
    Name = "private-s3-hub-s3-interface-endpoint-ingress-https_from_web"
  }
  to_port = 443
}
