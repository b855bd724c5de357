# terraform test for the module, against mocked providers: no AWS account and no network needed.
#   cd generated/module && terraform init && terraform test
# Mocked values stand in for what AWS computes (ARNs, endpoint DNS names, the zones of each region).

mock_provider "aws" {
  alias = "requester"

  mock_data "aws_region" {
    defaults = { name = "cn-north-1" }
  }
  mock_data "aws_availability_zones" {
    defaults = { names = ["cn-north-1a", "cn-north-1b", "cn-north-1d"] }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws-cn:logs:cn-north-1:123456789012:log-group:/vpc-flow-logs/private-s3-requester" }
  }
}

mock_provider "aws" {
  alias = "accepter"

  mock_data "aws_region" {
    defaults = { name = "cn-northwest-1" }
  }
  mock_data "aws_availability_zones" {
    defaults = { names = ["cn-northwest-1a", "cn-northwest-1b", "cn-northwest-1c"] }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws-cn:logs:cn-northwest-1:123456789012:log-group:/vpc-flow-logs/private-s3-accepter" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws-cn:iam::123456789012:role/private-s3-flow-logs" }
  }
  mock_resource "aws_vpc_endpoint" {
    defaults = {
      dns_entry = [
        { dns_name = "*.vpce-0a1b2c3d4e5f60718-abcdefgh.s3.cn-northwest-1.vpce.amazonaws.com.cn", hosted_zone_id = "Z0000000000000000001" },
        { dns_name = "*.vpce-0a1b2c3d4e5f60718-abcdefgh-cn-northwest-1a.s3.cn-northwest-1.vpce.amazonaws.com.cn", hosted_zone_id = "Z0000000000000000001" },
      ]
    }
  }
}

variables {
  bucket_name = "team-data-archive-0123"
}

run "private_path_from_beijing_to_ningxia" {
  command = apply

  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }

  assert {
    condition     = aws_vpc_endpoint.s3_endpoints_interface.service_name == "cn.com.amazonaws.cn-northwest-1.s3" && aws_vpc_endpoint.s3_endpoints_interface.vpc_endpoint_type == "Interface"
    error_message = "The interface endpoint must use the China service name cn.com.amazonaws.cn-northwest-1.s3."
  }
  assert {
    condition     = aws_vpc_endpoint.s3_endpoints_gateway.service_name == "com.amazonaws.cn-northwest-1.s3" && aws_vpc_endpoint.s3_endpoints_gateway.vpc_endpoint_type == "Gateway"
    error_message = "The gateway endpoint keeps the com.amazonaws prefix in China."
  }
  assert {
    condition     = aws_vpc_peering_connection.peering_requester_requester.peer_region == "cn-northwest-1" && aws_vpc_peering_connection.peering_requester_requester.auto_accept == false
    error_message = "The requester asks Ningxia and leaves acceptance to the accepter resource."
  }
  assert {
    condition     = aws_vpc_peering_connection_accepter.peering_requester_accepter.vpc_peering_connection_id == aws_vpc_peering_connection.peering_requester_requester.id
    error_message = "The accepter accepts the requester's connection."
  }
  assert {
    condition     = aws_vpc.requester_vpc.cidr_block == "172.31.0.0/16" && aws_subnet.requester_private_0.cidr_block == "172.31.16.0/20"
    error_message = "Subnets are carved from the VPC range: private subnet of AZ 0 is block 1 of subnet_newbits = 4."
  }
  assert {
    condition     = aws_vpc_security_group_ingress_rule.s3_endpoints_security_group_ingress_https_from_requester.cidr_ipv4 == "172.31.0.0/16" && aws_vpc_security_group_ingress_rule.s3_endpoints_security_group_ingress_https_from_requester.from_port == 443
    error_message = "The endpoint admits HTTPS from the consumer VPC."
  }
  assert {
    condition     = aws_s3_bucket.bucket_data_bucket.bucket == "team-data-archive-0123" && aws_s3_bucket.bucket_data_bucket.force_destroy == false
    error_message = "The bucket gets its name and is not force-destroyed by default."
  }
  assert {
    condition     = output.bucket_endpoint_url == "https://bucket.vpce-0a1b2c3d4e5f60718-abcdefgh.s3.cn-northwest-1.vpce.amazonaws.com.cn"
    error_message = "Clients reach the bucket at the interface endpoint's regional name."
  }
  assert {
    condition     = output.interface_endpoint_zonal_dns_names == ["vpce-0a1b2c3d4e5f60718-abcdefgh-cn-northwest-1a.s3.cn-northwest-1.vpce.amazonaws.com.cn"]
    error_message = "Zonal names follow the regional one, without the leading wildcard."
  }
}

run "overlapping_ranges_are_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    requester_vpc_cidr = "10.10.128.0/17"
  }
  expect_failures = [var.accepter_vpc_cidr]
}

run "a_range_with_host_bits_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    requester_vpc_cidr = "172.31.0.1/16"
  }
  expect_failures = [var.requester_vpc_cidr]
}

run "a_public_range_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    requester_vpc_cidr = "8.8.0.0/16"
  }
  expect_failures = [var.requester_vpc_cidr]
}

run "one_region_twice_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    accepter_region = "cn-north-1"
  }
  expect_failures = [var.accepter_region]
}

run "a_region_outside_china_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    requester_region = "eu-west-1"
  }
  expect_failures = [var.requester_region]
}

run "an_invalid_bucket_name_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    bucket_name = "team.data"
  }
  expect_failures = [var.bucket_name]
}

run "a_reserved_bucket_name_is_refused" {
  command = plan
  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }
  variables {
    bucket_name = "team-data-s3alias"
  }
  expect_failures = [var.bucket_name]
}

run "swapped_providers_are_refused" {
  command = plan
  providers = {
    aws.requester = aws.accepter
    aws.accepter  = aws.requester
  }
  expect_failures = [aws_vpc.requester_vpc, aws_vpc.accepter_vpc]
}
