output "accesspoint_endpoint_url" {
  description = "Endpoint URL for S3 access point operations."
  value       = "https://accesspoint.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}"
}

output "bucket_endpoint_url" {
  description = "Endpoint URL for bucket and object operations (aws s3 --endpoint-url)."
  value       = "https://bucket.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}"
}

output "bucket_name" {
  description = "Name of the bucket reached through the interface endpoint."
  value       = aws_s3_bucket.bucket_data_bucket.bucket
}

output "bucket_region" {
  description = "Region of the bucket; clients pass it as --region."
  value       = var.accepter_region
}

output "control_endpoint_url" {
  description = "Endpoint URL for S3 control operations (aws s3control --endpoint-url)."
  value       = "https://control.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}"
}

output "dns_mode" {
  description = "How clients find the interface endpoint: endpoint-names, private-dns or consumer-zone."
  value       = "endpoint-names"
}

output "gateway_endpoint_id" {
  description = "Id of the S3 gateway endpoint serving applications in VPC accepter."
  value       = aws_vpc_endpoint.s3_endpoints_gateway.id
}

output "interface_endpoint_id" {
  description = "Id of the S3 interface endpoint (vpce-…)."
  value       = aws_vpc_endpoint.s3_endpoints_interface.id
}

output "interface_endpoint_regional_dns_name" {
  description = "Regional DNS name of the S3 interface endpoint; resolves to its private addresses in every AZ."
  value       = replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")
}

output "interface_endpoint_zonal_dns_names" {
  description = "Per-AZ DNS names of the S3 interface endpoint; use one to keep traffic in a zone."
  value       = [for entry in slice(aws_vpc_endpoint.s3_endpoints_interface.dns_entry, 1, length(aws_vpc_endpoint.s3_endpoints_interface.dns_entry)) : trimprefix(entry.dns_name, "*.")]
}

output "peering_connection_ids" {
  description = "VPC peering connection id (pcx-…) of each consumer VPC to VPC accepter, by consumer name."
  value = {
    requester = aws_vpc_peering_connection_accepter.peering_requester_accepter.id
  }
}

output "verification_commands" {
  description = "By consumer VPC: how to reach its host and the AWS CLI commands that prove the private path (step 4.5 of the AWS China blog post)."
  value = {
    requester = <<-EOT
      # On any host in a private subnet of VPC requester (${var.requester_region}) with credentials for the bucket:
      # Private path: VPC peering and the S3 interface endpoint
      aws s3 ls s3://${aws_s3_bucket.bucket_data_bucket.bucket} --region ${var.accepter_region} --endpoint-url https://bucket.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}
      echo 'private path works' > probe.txt
      aws s3 cp probe.txt s3://${aws_s3_bucket.bucket_data_bucket.bucket}/probe.txt --region ${var.accepter_region} --endpoint-url https://bucket.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}
      aws s3 cp s3://${aws_s3_bucket.bucket_data_bucket.bucket}/probe.txt - --region ${var.accepter_region} --endpoint-url https://bucket.${replace(aws_vpc_endpoint.s3_endpoints_interface.dns_entry[0].dns_name, "*.", "")}
      # Control: the public S3 endpoint is unreachable from a private subnet; this times out
      aws s3 ls s3://${aws_s3_bucket.bucket_data_bucket.bucket} --region ${var.accepter_region} --cli-connect-timeout 5
    EOT
  }
}
