# Loads the peer shape (bench/peer/shape.ts, given as JSON in PEER_SHAPE) into a fresh Redmine:
# one project; one user per unit with an API key, a member with the Developer role; a parent
# issue per directive (author: admin) with one child issue per recipient, assigned to its user,
# its 6 items a checklist in the description; the done tasks' child issues closed.
# Writes ids and keys as JSON to PEER_OUT. Run with `rails runner` (RAILS_ENV=production).
require 'json'

shape = JSON.parse(File.read(ENV.fetch('PEER_SHAPE')))
ActionMailer::Base.perform_deliveries = false
Setting.rest_api_enabled = '1'
Setting.issues_export_limit = '20000'
Setting.notified_events = []
Setting.default_language = 'en'

admin = User.find_by!(login: 'admin')
admin.update_columns(must_change_passwd: false)
admin_key = (Token.find_by(user_id: admin.id, action: 'api') || Token.create!(user: admin, action: 'api')).value

tracker = Tracker.find_by!(name: 'Support')
role = Role.find_by!(name: 'Developer')
open_status = IssueStatus.find_by!(name: 'New')
closed_status = IssueStatus.find_by!(name: 'Closed')
# A unit must be able to close its issue (Redmine's default Developer workflow may not allow New → Closed).
IssueStatus.all.each do |from|
  IssueStatus.all.each do |to|
    next if from == to
    WorkflowTransition.find_or_create_by!(tracker_id: tracker.id, role_id: role.id, old_status_id: from.id, new_status_id: to.id)
  end
end
priority = IssuePriority.find_by!(name: 'Normal')

project = Project.create!(name: 'Đôn Đốc bench', identifier: 'dondoc-bench', is_public: false, tracker_ids: [tracker.id],
                          enabled_module_names: %w[issue_tracking])

users = []
keys = []
ActiveRecord::Base.transaction do
  shape['units'].times do |i|
    login = format('dv%03d', i + 1)
    u = User.new(firstname: 'Cán bộ', lastname: format('DV%03d', i + 1), mail: "#{login}@bench.invalid", language: 'en')
    u.login = login
    u.password = 'bench-peer-pass'
    u.save!
    Member.create!(project: project, principal: u, role_ids: [role.id])
    users << u
    keys << Token.create!(user: u, action: 'api').value
  end
end

def checklist(d, done)
  (1..6).map { |k| "- [#{done ? 'x' : ' '}] Nội dung #{k} của văn bản #{d + 1}: tuyên truyền, báo cáo kết quả thực hiện" }.join("\n")
end

# A throwaway load: skip the fsyncs while building (the server opens the file with SQLite's defaults).
ActiveRecord::Base.connection.execute('PRAGMA synchronous = OFF')
parents = []
open_children = []
User.current = admin
now = Time.now.utc
# Parents through the model; children in bulk with the nested set (lft/rgt under their root)
# written directly, as Redmine would lay it out: creating 6,700 issues one by one takes minutes.
ActiveRecord::Base.transaction do
  shape['directives'].each_with_index do |d, n|
    parent = Issue.create!(project: project, tracker: tracker, author: admin, status: open_status, priority: priority,
                           subject: "V/v triển khai nhiệm vụ tuyên truyền số #{n + 1}", due_date: '2030-12-31')
    parents << parent.id
    rows = d['recipients'].each_with_index.map do |r, i|
      done = d['done'][i]
      {
        tracker_id: tracker.id, project_id: project.id, subject: "#{users[r].lastname}: văn bản #{n + 1}",
        description: checklist(n, done), due_date: '2030-12-31', status_id: (done ? closed_status : open_status).id,
        assigned_to_id: users[r].id, priority_id: priority.id, author_id: admin.id, lock_version: 0,
        created_on: now, updated_on: now, start_date: now.to_date, done_ratio: done ? 100 : 0, is_private: false,
        closed_on: done ? now : nil, parent_id: parent.id, root_id: parent.id, lft: 2 * i + 2, rgt: 2 * i + 3
      }
    end
    Issue.insert_all!(rows)
    Issue.where(id: parent.id).update_all(lft: 1, rgt: 2 * rows.size + 2)
    Issue.where(parent_id: parent.id, status_id: open_status.id).order(:lft).pluck(:id, :assigned_to_id).each do |id, uid|
      open_children << [id, users.index { |u| u.id == uid }]
    end
  end
end

File.write(ENV.fetch('PEER_OUT'), JSON.generate({
  adminKey: admin_key, keys: keys, parents: parents, openChildren: open_children,
  closedStatusId: closed_status.id, projectId: project.id, trackerId: tracker.id, priorityId: priority.id,
  userIds: users.map(&:id), openStatusId: open_status.id,
}))
