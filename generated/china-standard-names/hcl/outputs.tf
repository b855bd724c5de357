output "accesspoint_endpoint_url" {
  description = "Endpoint URL for S3 access point operations."
  value       = "https://accesspoint.${replace(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name, "*.", "")}"
}

output "bucket_endpoint_url" {
  description = "Endpoint URL for bucket and object operations (aws s3 --endpoint-url)."
  value       = "https://bucket.${replace(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name, "*.", "")}"
}

output "bucket_name" {
  description = "Name of the bucket reached through the interface endpoint."
  value       = aws_s3_bucket.bucket_data_bucket_1620F92F.bucket
}

output "bucket_region" {
  description = "Region of the bucket; clients pass it as --region."
  value       = "cn-northwest-1"
}

output "consumer_zone_id" {
  description = "Private hosted zone answering the standard S3 names in the consumer VPCs."
  value       = aws_route53_zone.consumer_zone.zone_id
}

output "control_endpoint_url" {
  description = "Endpoint URL for S3 control operations (aws s3control --endpoint-url)."
  value       = "https://control.${replace(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name, "*.", "")}"
}

output "dns_mode" {
  description = "How clients find the interface endpoint: endpoint-names, private-dns or consumer-zone."
  value       = "consumer-zone"
}

output "gateway_endpoint_id" {
  description = "Id of the S3 gateway endpoint serving applications in VPC ningxia."
  value       = aws_vpc_endpoint.s3_endpoints_gateway_F6356A0D.id
}

output "interface_endpoint_id" {
  description = "Id of the S3 interface endpoint (vpce-…)."
  value       = aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.id
}

output "interface_endpoint_regional_dns_name" {
  description = "Regional DNS name of the S3 interface endpoint; resolves to its private addresses in every AZ."
  value       = replace(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry[0].dns_name, "*.", "")
}

output "interface_endpoint_zonal_dns_names" {
  description = "Per-AZ DNS names of the S3 interface endpoint; use one to keep traffic in a zone."
  value       = [for entry in slice(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry, 1, length(aws_vpc_endpoint.s3_endpoints_interface_3D1E180A.dns_entry)) : trimprefix(entry.dns_name, "*.")]
}

output "peering_connection_ids" {
  description = "VPC peering connection id (pcx-…) of each consumer VPC to VPC ningxia, by consumer name."
  value = {
    beijing = aws_vpc_peering_connection_accepter.peering_beijing_accepter_4009B218.id
  }
}

output "verification_commands" {
  description = "By consumer VPC: how to reach its host and the AWS CLI commands that prove the private path (step 4.5 of the AWS China blog post)."
  value = {
    beijing = <<-EOT
      # Open a shell on the host in VPC beijing with Session Manager:
      aws ssm start-session --target ${aws_instance.host_beijing.id} --region cn-north-1
      # The standard name resolves to the interface endpoint's private addresses in this VPC:
      getent hosts s3.cn-northwest-1.amazonaws.com.cn
      # Private path with the CLI's default endpoint: VPC peering and the S3 interface endpoint
      aws s3 ls s3://${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket} --region cn-northwest-1
      echo 'private path works' > probe.txt
      aws s3 cp probe.txt s3://${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/probe.txt --region cn-northwest-1
      aws s3 cp s3://${aws_s3_bucket.bucket_data_bucket_1620F92F.bucket}/probe.txt - --region cn-northwest-1
    EOT
  }
}
