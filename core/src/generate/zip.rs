//! A `.zip` archive of the bundle's text files, stored without compression (the format's
//! method 0): every unzip tool reads it, no compression library is needed, and with a
//! fixed date (1980-01-01) the same bundle gives the same bytes. The CLI writes it with
//! `--zip`, the app offers it as "Download bundle". CRC-32 from `crc32fast`.

/// The archive holding `files` (name, content) under the folder `folder/`.
pub fn archive(folder: &str, files: &[(String, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in files {
        let path = format!("{folder}/{name}");
        let data = content.as_bytes();
        let crc = crc32fast::hash(data);
        let offset = out.len() as u32;
        // Local file header.
        out.extend_from_slice(&0x04034b50u32.to_le_bytes());
        header_fields(&mut out, crc, data.len() as u32, path.len() as u16);
        out.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        out.extend_from_slice(path.as_bytes());
        out.extend_from_slice(data);
        // Central directory entry.
        central.extend_from_slice(&0x02014b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        header_fields(&mut central, crc, data.len() as u32, path.len() as u16);
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(path.as_bytes());
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x06054b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// version needed, flags (bit 11: UTF-8 names), method 0, time, date, CRC, sizes, name length.
fn header_fields(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    out.extend_from_slice(&20u16.to_le_bytes());
    out.extend_from_slice(&0x0800u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0x0021u16.to_le_bytes()); // 1980-01-01
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&name_len.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python's zipfile (the reference reader) lists and reads what we write.
    #[test]
    fn python_reads_the_archive() {
        let files = vec![("a.sql".to_string(), "SELECT 1;\n".to_string()), ("README.md".to_string(), "é\n".to_string())];
        let path = std::env::temp_dir().join(format!("pgcarve-zip-test-{}.zip", std::process::id()));
        std::fs::write(&path, archive("bundle", &files)).expect("write");
        let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor n in z.namelist(): print(n, repr(z.read(n).decode()))";
        let out = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3 runs");
        let _ = std::fs::remove_file(&path);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "bundle/a.sql 'SELECT 1;\\n'\nbundle/README.md 'é\\n'\n");
    }
}
